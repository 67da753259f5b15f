using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Iam;

namespace Vigil.Checks.Checks.Iam;

/// <summary>Asks the IAM engine whether a policy, as a principal's only identity policy, allows every action of a service:
/// an action that exists in no service (service:VigilProbeUnlistedAction) is allowed only by a wildcard that covers all of
/// the service's actions ("s3:*", "*") or by a NotAction grant. Candidate services are those the policy's actions name,
/// plus a stand-in service for "*" and NotAction grants; candidate resources are those the policy names (wildcards
/// filled in) and an arbitrary one.</summary>
internal static class ServiceWildcardProbe
{
    private const string AnyService = "vigilprobe";
    private static readonly string[] Examples = ["iam", "s3", "ec2", "kms", "lambda", "dynamodb"];

    /// <summary>The services whose every action the policy allows (empty when none; "every service" for "*" or NotAction
    /// grants), or why it could not be parsed; cached per document shape across accounts.</summary>
    public static (IReadOnlyList<string> Services, string? ParseError) Verdict(CheckContext context, string accountId, string document, string source)
    {
        var compiled = CompiledPolicies.Get(context, document, source);
        if (compiled.Policy is not { } policy) return ([], compiled.ParseError);
        return (CompiledPolicies.DerivedInEveryAccount(context, "service-wildcards", accountId, document, () => WildcardServices(policy, accountId)), null);
    }

    private static string[] WildcardServices(Policy policy, string accountId)
    {
        var resources = policy.NamedResources
            .Select(r => r.Replace("*", "vigil-probe", StringComparison.Ordinal).Replace('?', 'x'))
            .Append($"arn:aws:vigilprobe:us-east-1:{accountId}:vigil-probe/vigil-probe")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var principal = $"arn:aws:iam::{accountId}:user/vigil-probe";
        Policy[] identity = [policy];
        bool AllowsEveryAction(string service) => resources.Any(resource => Evaluator.Evaluate(new AuthorizationRequest
        {
            Principal = principal,
            Action = service + ":VigilProbeUnlistedAction",
            Resource = resource,
            ResourceAccount = accountId,
            IdentityPolicies = identity,
        }).Decision == Decision.Allowed);

        if (AllowsEveryAction(AnyService))
        {
            var examples = Examples.Where(AllowsEveryAction).ToList();
            if (examples.Count == Examples.Length) return ["every service"];
            return [examples.Count == 0 ? "every service outside its NotAction list" : $"every service outside its NotAction list (e.g. {string.Join(", ", examples)})"];
        }

        return [.. policy.NamedActions
            .Select(a => a.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 ? a[..colon].ToLowerInvariant() : null)
            .OfType<string>()
            .Where(s => !s.Contains('*', StringComparison.Ordinal) && !s.Contains('?', StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Where(AllowsEveryAction)];
    }
}
