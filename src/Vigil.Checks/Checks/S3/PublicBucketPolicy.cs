using Vigil.Access.Exposure;
using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.S3;

namespace Vigil.Checks.Checks.S3;

/// <summary>Judges what a bucket policy opens to anyone or to any AWS account for some kinds of access; a public policy
/// has no effect outside the owner's account when RestrictPublicBuckets is on at the bucket or account level
/// (BlockPublicPolicy only rejects new public policies, so it does not neutralise one already in place).</summary>
internal static class PublicBucketPolicy
{
    /// <summary>The exposure of the bucket's policy, or the outcome that ends the check (no policy, unreadable policy).</summary>
    public static PolicyExposure? Exposure(S3Bucket bucket, CheckContext context, out CheckOutcome outcome)
    {
        outcome = default;
        if (bucket.Policy is not { } document)
        {
            outcome = CheckOutcome.Pass($"Bucket {bucket.Name} has no bucket policy.");
            return null;
        }

        var exposure = ResourcePolicyExposure.Of(context, bucket, document, ExposureProbeSets.S3Bucket);
        if (exposure.ParseError is { } error)
        {
            outcome = CheckOutcome.Error($"The bucket policy of {bucket.Name} could not be parsed: {error.TrimEnd('.')}.");
            return null;
        }

        return exposure;
    }

    /// <summary>Whether RestrictPublicBuckets (bucket or account) confines a public policy to the owner's account;
    /// null when the switches were not collected.</summary>
    public static string? Restriction(S3Bucket bucket, CheckContext context, out bool collected)
    {
        collected = true;
        if (bucket.PublicAccessBlock?.RestrictPublicBuckets == true) return "the bucket's RestrictPublicBuckets setting";
        var account = context.Index.ByArn<Account>(Account.ArnFor(bucket.AccountId));
        if (account?.S3PublicAccessBlock?.RestrictPublicBuckets == true) return $"account {bucket.AccountId}'s RestrictPublicBuckets setting";
        collected = bucket.PublicAccessBlock is not null && account?.S3PublicAccessBlock is not null;
        return null;
    }

    public static CheckOutcome Evaluate(S3Bucket bucket, CheckContext context, ExposureAccess access, string kind)
    {
        if (Exposure(bucket, context, out var outcome) is not { } exposure) return outcome;
        if (exposure.Public(access) is not { } grant)
            return CheckOutcome.Pass($"The bucket policy of {bucket.Name} grants no public {kind} access.");

        var described = $"{grant.Who} {grant.ActionsFor(access)}";
        if (Restriction(bucket, context, out var collected) is { } restriction)
            return CheckOutcome.Pass($"The bucket policy of {bucket.Name} allows {described}, but {restriction} limits it to the owner's account and AWS services.");
        if (!collected)
            return CheckOutcome.Error($"The bucket policy of {bucket.Name} allows {described}; whether RestrictPublicBuckets neutralises it was not collected.");
        return CheckOutcome.Fail($"The bucket policy of {bucket.Name} allows {described}, and RestrictPublicBuckets is off for the bucket and the account.");
    }
}
