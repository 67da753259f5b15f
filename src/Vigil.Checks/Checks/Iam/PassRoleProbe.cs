using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Iam;

namespace Vigil.Checks.Checks.Iam;

/// <summary>Asks the IAM engine whether a policy, as a principal's only identity policy, allows iam:PassRole on every
/// role of its account: on an arbitrary role name and on an arbitrary role under a path, passed to each service through
/// which a passed role becomes code running with the role's permissions (iam:PassedToService set as AWS sets it).</summary>
internal static class PassRoleProbe
{
    private static readonly string[] Services =
    [
        "ec2.amazonaws.com", "lambda.amazonaws.com", "ecs-tasks.amazonaws.com", "cloudformation.amazonaws.com",
        "codebuild.amazonaws.com", "glue.amazonaws.com", "sagemaker.amazonaws.com", "datapipeline.amazonaws.com",
    ];

    private static readonly Dictionary<string, IReadOnlyList<string>>[] PassedTo = Array.ConvertAll(Services, service =>
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase) { ["iam:PassedToService"] = [service] });

    /// <summary>The services to which the policy lets its holder pass any role (empty when none), or why it could not be
    /// parsed; cached per document shape across accounts.</summary>
    public static (IReadOnlyList<string> Services, string? ParseError) Verdict(CheckContext context, string accountId, string document, string source)
    {
        var compiled = CompiledPolicies.Get(context, document, source);
        if (compiled.Policy is not { } policy) return ([], compiled.ParseError);
        return (CompiledPolicies.DerivedInEveryAccount(context, "pass-any-role", accountId, document, () => PassableTo(policy, accountId)), null);
    }

    private static string[] PassableTo(Policy policy, string accountId)
    {
        string[] roles = [$"arn:aws:iam::{accountId}:role/vigil-probe-any", $"arn:aws:iam::{accountId}:role/vigil-probe/path/vigil-probe-any"];
        var principal = $"arn:aws:iam::{accountId}:user/vigil-probe";
        Policy[] identity = [policy];
        var services = new List<string>();
        for (var i = 0; i < Services.Length; i++)
        {
            var context = PassedTo[i];
            var everyRole = roles.All(role => Evaluator.Evaluate(new AuthorizationRequest
            {
                Principal = principal,
                Action = "iam:PassRole",
                Resource = role,
                ResourceAccount = accountId,
                Context = context,
                IdentityPolicies = identity,
            }).Decision == Decision.Allowed);
            if (everyRole) services.Add(Services[i][..Services[i].IndexOf('.', StringComparison.Ordinal)]);
        }

        return [.. services];
    }
}
