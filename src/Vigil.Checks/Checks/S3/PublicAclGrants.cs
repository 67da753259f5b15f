using Vigil.Access.Exposure;
using Vigil.Core.Checks;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.S3;

namespace Vigil.Checks.Checks.S3;

/// <summary>Judges a bucket's ACL grants to everyone (AllUsers) or to any AWS account (AuthenticatedUsers) for a set
/// of permissions; a grant has no effect when IgnorePublicAcls is on at the bucket or account level.</summary>
internal static class PublicAclGrants
{
    public static CheckOutcome Evaluate(S3Bucket bucket, CheckContext context, IReadOnlySet<string> permissions, string access)
    {
        List<AclGrant>? grants = null;
        foreach (var grant in bucket.AclGrants)
        {
            if (grant.IsPublic && permissions.Contains(grant.Permission)) (grants ??= []).Add(grant);
        }
        if (grants is null)
            return CheckOutcome.Pass($"The ACL of bucket {bucket.Name} grants no public {access} access.");

        var described = string.Join(", ", grants.Select(g => $"{g.Permission} to {GroupName(g.Grantee)}"));
        if (bucket.PublicAccessBlock?.IgnorePublicAcls == true)
            return CheckOutcome.Pass($"The ACL of bucket {bucket.Name} grants {described}, but the bucket's IgnorePublicAcls setting makes S3 ignore it.");

        var account = context.Index.ByArn<Account>(Account.ArnFor(bucket.AccountId));
        if (account?.S3PublicAccessBlock?.IgnorePublicAcls == true)
            return CheckOutcome.Pass($"The ACL of bucket {bucket.Name} grants {described}, but account {bucket.AccountId}'s IgnorePublicAcls setting makes S3 ignore it.");
        if (bucket.PublicAccessBlock is null || account?.S3PublicAccessBlock is null)
            return CheckOutcome.Error($"The ACL of bucket {bucket.Name} grants {described}; whether IgnorePublicAcls neutralises it was not collected.");

        return CheckOutcome.Fail($"The ACL of bucket {bucket.Name} grants public {access} access ({described}) and IgnorePublicAcls is off for the bucket and the account.");
    }

    private static string GroupName(string grantee) => grantee switch
    {
        AclGrant.AllUsers => "AllUsers",
        AclGrant.AuthenticatedUsers => "AuthenticatedUsers",
        _ => grantee,
    };
}
