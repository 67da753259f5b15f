using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Iam;

namespace Vigil.Checks.Checks.Kms;

/// <summary>Asks the IAM engine whether a policy, as a principal's only identity policy (no boundary, no SCP, empty
/// request context), allows kms:Decrypt or kms:ReEncryptFrom on every KMS key of its account: on two arbitrary keys in
/// two regions, each with the default key policy (which delegates to IAM policies). A grant limited to named keys, to
/// one region, or by a condition (kms:ViaService, kms:EncryptionContext...) that an empty request does not meet is not a
/// grant on all keys. Two actions times two keys: four evaluations per policy shape, shared across accounts.</summary>
internal static class DecryptAllKeysProbe
{
    private static readonly string[] Actions = ["kms:Decrypt", "kms:ReEncryptFrom"];

    private static readonly string[] Keys =
    [
        "arn:aws:kms:us-east-1:ACCOUNT:key/00000000-0000-0000-0000-00000000f00d",
        "arn:aws:kms:eu-central-1:ACCOUNT:key/11111111-1111-1111-1111-11111111f00d",
    ];

    /// <summary>The decryption actions the document allows on all keys (empty when none), or why it could not be parsed.</summary>
    public static (IReadOnlyList<string> Actions, string? ParseError) Verdict(CheckContext context, string accountId, string document, string source)
    {
        var compiled = CompiledPolicies.Get(context, document, source);
        if (compiled.Policy is not { } policy) return ([], compiled.ParseError);
        var keyPolicy = CompiledPolicies.Derived(context, "default-key-policy", accountId, DefaultKeyPolicy);
        return (CompiledPolicies.DerivedInEveryAccount(context, "kms-decrypt-all-keys", accountId, document, () => AllowedOnAllKeys(policy, keyPolicy, accountId)), null);
    }

    private static Policy DefaultKeyPolicy(string accountId) => Policy.Parse(
        $$"""{"Version":"2012-10-17","Statement":[{"Sid":"Enable IAM User Permissions","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{accountId}}:root"},"Action":"kms:*","Resource":"*"}]}""",
        "default key policy");

    private static string[] AllowedOnAllKeys(Policy policy, Policy keyPolicy, string accountId)
    {
        var principal = $"arn:aws:iam::{accountId}:user/vigil-probe";
        Policy[] identity = [policy];
        var allowed = new List<string>(Actions.Length);
        foreach (var action in Actions)
        {
            var everyKey = true;
            foreach (var key in Keys)
            {
                var request = new AuthorizationRequest
                {
                    Principal = principal,
                    Action = action,
                    Resource = key.Replace("ACCOUNT", accountId, StringComparison.Ordinal),
                    ResourceAccount = accountId,
                    IdentityPolicies = identity,
                    ResourcePolicy = keyPolicy,
                };
                if (Evaluator.Evaluate(request).Decision == Decision.Allowed) continue;
                everyKey = false;
                break;
            }

            if (everyKey) allowed.Add(action);
        }

        return [.. allowed];
    }
}
