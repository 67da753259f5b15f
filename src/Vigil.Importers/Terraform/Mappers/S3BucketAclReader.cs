using System.Text.Json;
using Vigil.Core.Model.S3;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>A bucket's ACL grants from aws_s3_bucket_acl (a canned acl or an access_control_policy) or the legacy acl
/// argument of aws_s3_bucket.</summary>
internal static class S3BucketAclReader
{
    public static IReadOnlyList<AclGrant> Read(PlanInstance bucket, MappingContext context, Unknowns unknowns)
    {
        var grants = new List<AclGrant>();
        var sources = context.Joined(bucket, "aws_s3_bucket_acl", "bucket").Prepend(bucket);
        foreach (var source in sources)
        {
            var canned = context.Read(source, "acl");
            if (unknowns.Track("AclGrants", canned)) continue;
            if (canned.String is { } acl) grants.AddRange(CannedAcl.Grants(acl));
            if (source == bucket) continue;
            var policy = context.Read(source, "access_control_policy[0].grant");
            if (unknowns.Track("AclGrants", policy)) continue;
            foreach (var grant in policy.Items)
            {
                if (Grant(grant) is { } parsed) grants.Add(parsed);
            }
        }
        return grants;
    }

    private static AclGrant? Grant(JsonElement grant)
    {
        if (!grant.TryGetProperty("permission", out var permission) || !grant.TryGetProperty("grantee", out var grantees)
            || grantees.ValueKind != JsonValueKind.Array || grantees.GetArrayLength() == 0)
            return null;
        var grantee = grantees[0];
        var type = JsonFields.Text(grantee, "type") ?? "CanonicalUser";
        var who = type switch
        {
            "Group" => JsonFields.Text(grantee, "uri"),
            "AmazonCustomerByEmail" => JsonFields.Text(grantee, "email_address"),
            _ => JsonFields.Text(grantee, "id"),
        };
        return who is null ? null : new AclGrant { GranteeType = type, Grantee = who, Permission = permission.GetString() ?? "" };
    }
}
