using Vigil.Core.Model.Account;
using Vigil.Core.Model.S3;

namespace Vigil.Access.Exposure;

/// <summary>
/// The exposure of an S3 bucket and of its access points: the bucket policy and each access point policy through the
/// IAM engine, and the ACL grants to AllUsers and AuthenticatedUsers (unless ACLs are disabled by BucketOwnerEnforced).
/// Block Public Access neutralises what it stops: RestrictPublicBuckets (bucket, access point or account) public policy
/// grants, IgnorePublicAcls public ACL grants. The grants stay in the report with what neutralises them; when the
/// switches were not collected, the report says so. An access point is reached only where the bucket policy also
/// delegates to access points (AWS checks both); its policy is reported as it stands.
/// </summary>
public static class BucketExposure
{
    private static readonly Dictionary<string, string[]> AclActions = new(StringComparer.Ordinal)
    {
        ["READ"] = ["s3:ListBucket", "s3:ListBucketVersions", "s3:ListBucketMultipartUploads"],
        ["WRITE"] = ["s3:PutObject", "s3:DeleteObject"],
        ["READ_ACP"] = ["s3:GetBucketAcl"],
        ["WRITE_ACP"] = ["s3:PutBucketAcl"],
    };

    public static IEnumerable<ExposedResource> Of(ExposureScope scope, S3Bucket bucket, Account? account)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(bucket);
        if (BucketItself(scope, bucket, account) is { } exposed) yield return exposed;
        if (bucket.Unreadable.Contains(nameof(S3Bucket.AccessPoints), StringComparer.OrdinalIgnoreCase))
        {
            yield return ExposedResources.Of(bucket, [], ["the bucket's access points could not be read"]);
            yield break;
        }

        foreach (var point in bucket.AccessPoints)
        {
            if (OfAccessPoint(scope, bucket, point, account) is { } exposedPoint) yield return exposedPoint;
        }
    }

    private static ExposedResource? BucketItself(ExposureScope scope, S3Bucket bucket, Account? account)
    {
        var problems = new List<string>();
        var grants = new List<ExposureGrant>();
        if (bucket.Unreadable.Contains(nameof(S3Bucket.Policy), StringComparer.OrdinalIgnoreCase)) problems.Add("the bucket policy could not be read");
        else if (bucket.Policy is { } policy)
        {
            var result = scope.Policies.Analyse(bucket.Arn, bucket.AccountId, policy, ExposureTargets.S3Bucket);
            if (result.Problem is { } problem) problems.Add(problem);
            var restriction = Restriction(bucket.PublicAccessBlock, "bucket", account, s => s.RestrictPublicBuckets, "RestrictPublicBuckets", out var known);
            foreach (var grant in result.Grants) grants.Add(Neutralised(grant, restriction, known, problems));
        }

        if (bucket.Unreadable.Contains(nameof(S3Bucket.AclGrants), StringComparer.OrdinalIgnoreCase)) problems.Add("the bucket ACL could not be read");
        else if (bucket.ObjectOwnership != "BucketOwnerEnforced")
        {
            var ignore = Restriction(bucket.PublicAccessBlock, "bucket", account, s => s.IgnorePublicAcls, "IgnorePublicAcls", out var known);
            foreach (var acl in bucket.AclGrants.Where(g => g.IsPublic)) grants.Add(Neutralised(AclGrant(acl), ignore, known, problems));
        }

        return grants.Count == 0 && problems.Count == 0 ? null : ExposedResources.Of(bucket, grants, problems.Distinct().ToList());
    }

    /// <summary>The exposure of one access point of <paramref name="bucket"/> through its policy; null when it has none
    /// or opens nothing outside the account.</summary>
    public static ExposedResource? OfAccessPoint(ExposureScope scope, S3Bucket bucket, S3AccessPoint point, Account? account)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(bucket);
        ArgumentNullException.ThrowIfNull(point);
        if (point.Policy is not { } policy) return null;
        var result = scope.Policies.Analyse(point.Arn, bucket.AccountId, policy, ExposureTargets.S3AccessPoint);
        var problems = new List<string>();
        if (result.Problem is { } problem) problems.Add(problem);
        var restriction = Restriction(point.PublicAccessBlock, "access point", account, s => s.RestrictPublicBuckets, "RestrictPublicBuckets", out var known);
        var grants = result.Grants.Select(g => Neutralised(g, restriction, known, problems)).ToList();
        if (point.NetworkOrigin == "VPC")
        {
            var origin = new ExposureCondition("access point", "NetworkOrigin", "VPC", [point.Arn]);
            grants = [.. grants.Select(g => g with { Conditions = [.. g.Conditions, origin] })];
        }

        if (grants.Count == 0 && problems.Count == 0) return null;
        return new ExposedResource
        {
            ResourceType = "AWS::S3::AccessPoint",
            Arn = point.Arn,
            Name = point.Name,
            AccountId = bucket.AccountId,
            Region = bucket.Region,
            Grants = grants,
            Problems = problems.Distinct().ToList(),
        };
    }

    private static ExposureGrant AclGrant(AclGrant acl)
    {
        var anyone = acl.Grantee == Core.Model.S3.AclGrant.AllUsers;
        var actions = acl.Permission == "FULL_CONTROL" ? AclActions.Values.SelectMany(a => a) : AclActions.GetValueOrDefault(acl.Permission, []);
        return new ExposureGrant
        {
            ReachedBy = anyone ? ReachedBy.Anyone : ReachedBy.AnyAwsPrincipal,
            Who = anyone ? "anyone" : "any AWS principal",
            Label = ExposureLabel.Public,
            Via = $"ACL grant of {acl.Permission} to {(anyone ? "AllUsers" : "AuthenticatedUsers")}",
            Actions = AccessLevelNames.Group(actions),
        };
    }

    /// <summary>The switch that is on (the resource's own, then the account's), or null; <paramref name="known"/> is
    /// false when a switch that is off might be on in the part that was not collected.</summary>
    private static string? Restriction(PublicAccessBlock? own, string ownName, Account? account, Func<PublicAccessBlock, bool> on, string name, out bool known)
    {
        known = true;
        if (own is not null && on(own)) return $"{name} of the {ownName}";
        if (account?.S3PublicAccessBlock is { } accountBlock && on(accountBlock)) return $"{name} of account {account.AccountId}";
        known = own is not null && account?.S3PublicAccessBlock is not null;
        return null;
    }

    private static ExposureGrant Neutralised(ExposureGrant grant, string? restriction, bool known, List<string> problems)
    {
        if (grant.Label != ExposureLabel.Public || grant.NeutralisedBy is not null) return grant;
        if (restriction is not null)
            return grant with { NeutralisedBy = restriction, BlockedActions = [.. grant.Actions.SelectMany(a => a.Actions)] };
        if (!known) problems.Add("the S3 Block Public Access settings of the bucket or the account were not collected, so whether they neutralise the public grants is unknown");
        return grant;
    }
}
