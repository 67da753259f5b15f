using Vigil.Core.Model.S3;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>The grants a canned ACL adds besides the owner's FULL_CONTROL
/// (https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl).</summary>
internal static class CannedAcl
{
    public static IReadOnlyList<AclGrant> Grants(string acl) => acl switch
    {
        "public-read" => [Group(AclGrant.AllUsers, "READ")],
        "public-read-write" => [Group(AclGrant.AllUsers, "READ"), Group(AclGrant.AllUsers, "WRITE")],
        "authenticated-read" => [Group(AclGrant.AuthenticatedUsers, "READ")],
        "log-delivery-write" => [Group(AclGrant.LogDelivery, "WRITE"), Group(AclGrant.LogDelivery, "READ_ACP")],
        _ => [],
    };

    private static AclGrant Group(string uri, string permission) => new() { GranteeType = "Group", Grantee = uri, Permission = permission };
}
