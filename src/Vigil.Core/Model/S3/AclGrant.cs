namespace Vigil.Core.Model.S3;

/// <summary>One ACL grant. Grantee is a canonical user id, an email, or a group URI such as
/// http://acs.amazonaws.com/groups/global/AllUsers.</summary>
public sealed record AclGrant
{
    /// <summary>CanonicalUser, AmazonCustomerByEmail or Group.</summary>
    public required string GranteeType { get; init; }
    public required string Grantee { get; init; }
    /// <summary>FULL_CONTROL, READ, WRITE, READ_ACP or WRITE_ACP.</summary>
    public required string Permission { get; init; }

    public const string AllUsers = "http://acs.amazonaws.com/groups/global/AllUsers";
    public const string AuthenticatedUsers = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers";
    public const string LogDelivery = "http://acs.amazonaws.com/groups/s3/LogDelivery";

    public bool IsPublic => GranteeType == "Group" && (Grantee == AllUsers || Grantee == AuthenticatedUsers);
}
