namespace Vigil.Aws.Models;

/// <summary>Where a member travels in a REST request or response (botocore's "location").</summary>
public enum MemberLocation
{
    Body,
    Uri,
    QueryString,
    Header,
    Headers,
    StatusCode,
}
