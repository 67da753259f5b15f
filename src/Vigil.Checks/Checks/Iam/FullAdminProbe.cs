using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Iam;

namespace Vigil.Checks.Checks.Iam;

/// <summary>Asks the IAM engine whether a policy, as a principal's only identity policy (no boundary, no SCP, empty request
/// context), allows every probe: actions across services and access levels, including a fictitious one that only a
/// wildcard or NotAction grant covers. The KMS probe's key has the default key policy, which delegates to IAM policies.</summary>
internal static class FullAdminProbe
{
    private static readonly (string Action, string Resource)[] Probes =
    [
        ("iam:CreateUser", "arn:aws:iam::ACCOUNT:user/vigil-probe"),
        ("iam:PutRolePolicy", "arn:aws:iam::ACCOUNT:role/vigil-probe"),
        ("ec2:RunInstances", "arn:aws:ec2:us-east-1:ACCOUNT:instance/i-0123456789abcdef0"),
        ("s3:DeleteBucket", "arn:aws:s3:::vigil-probe-bucket"),
        ("kms:ScheduleKeyDeletion", "arn:aws:kms:us-east-1:ACCOUNT:key/00000000-0000-0000-0000-000000000000"),
        ("organizations:LeaveOrganization", "*"),
        ("vigilprobe:Probe", "*"),
    ];

    /// <summary>Whether the document grants full administrative access in the account, or why it could not be parsed; cached per document shape across accounts.</summary>
    public static (bool FullAdmin, string? ParseError) Verdict(CheckContext context, string accountId, string document, string source)
    {
        var compiled = CompiledPolicies.Get(context, document, source);
        if (compiled.Policy is not { } policy) return (false, compiled.ParseError);
        var keyPolicy = CompiledPolicies.Derived(context, "default-key-policy", accountId, DefaultKeyPolicy);
        return (CompiledPolicies.DerivedInEveryAccount(context, "full-admin", accountId, document, () => GrantsFullAdmin(policy, keyPolicy, accountId)), null);
    }

    private static Policy DefaultKeyPolicy(string accountId) => Policy.Parse(
        $$"""{"Version":"2012-10-17","Statement":[{"Sid":"Enable IAM User Permissions","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{accountId}}:root"},"Action":"kms:*","Resource":"*"}]}""",
        "default key policy");

    private static bool GrantsFullAdmin(Policy policy, Policy keyPolicy, string accountId)
    {
        var principal = $"arn:aws:iam::{accountId}:user/vigil-probe";
        foreach (var (action, resource) in Probes)
        {
            var request = new AuthorizationRequest
            {
                Principal = principal,
                Action = action,
                Resource = resource.Replace("ACCOUNT", accountId, StringComparison.Ordinal),
                ResourceAccount = accountId,
                IdentityPolicies = [policy],
                ResourcePolicy = action.StartsWith("kms:", StringComparison.Ordinal) ? keyPolicy : null,
            };
            if (Evaluator.Evaluate(request).Decision != Decision.Allowed) return false;
        }

        return true;
    }
}
