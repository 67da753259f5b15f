namespace Vigil.Aws.Tests.Collectors.Iam;

/// <summary>One request the fake AWS answered: which operation it was (from the signing scope and the protocol's
/// operation marker) and what it carried.</summary>
internal sealed record FakeAwsCall(string Service, string SigningName, string Region, string Operation, string Method, Uri Uri, string Body, string AccessKey = "")
{
    public string Key => $"{Service}:{Operation}";

    /// <summary>The IAM action that authorises the call (the signing name is the action prefix).</summary>
    public string Action => $"{SigningName}:{Operation}";
}
