namespace Vigil.Iam.Lint;

/// <summary>
/// Cloudsplaining's categories for identity policies: what the policy alone allows on every resource, asked of the IAM
/// engine (a request for resource "*" with an empty context), so that denies, NotAction, wildcards and conditions count
/// as AWS counts them. Only actions some Allow statement covers are asked: the engine allows nothing else.
/// </summary>
internal static class RiskRules
{
    private const string Probe = "arn:aws:iam::000000000000:role/vigil-lint-probe";

    public static void Run(LintContext context)
    {
        if (context.Kind != LintPolicyKind.Identity) return;
        var allows = new List<LintStatement>();
        foreach (var statement in context.Statements)
        {
            if (statement.IsAllow) allows.Add(statement);
        }

        if (allows.Count == 0) return;
        var allowed = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        bool Allows(string action)
        {
            if (!allowed.TryGetValue(action, out var answer))
            {
                answer = Covered(allows, action) && Evaluator.Evaluate(new AuthorizationRequest
                {
                    Principal = Probe,
                    Action = action,
                    Resource = "*",
                    IdentityPolicies = [context.Policy],
                }).Decision == Decision.Allowed;
                allowed[action] = answer;
            }

            return answer;
        }

        var escalations = new List<string>();
        foreach (var method in RiskyActions.Escalation)
        {
            if (method.Actions.All(Allows)) escalations.Add(method.Name);
        }

        if (escalations.Count > 0)
            context.Add(LintRules.PrivilegeEscalation, $"The policy allows, on every resource, all the actions of {Count(escalations, "privilege-escalation method")}: {List(escalations)}.", null, "Statement");
        var credentials = RiskyActions.CredentialsExposure.Where(Allows).ToList();
        if (credentials.Count > 0)
            context.Add(LintRules.CredentialsExposure, $"The policy allows, on every resource, {Count(credentials, "action")} that return credentials: {List(credentials)}.", null, "Statement");
        var exfiltration = RiskyActions.DataExfiltration.Where(Allows).ToList();
        if (exfiltration.Count > 0)
            context.Add(LintRules.DataExfiltration, $"The policy allows, on every resource, {Count(exfiltration, "data-exfiltration action")}: {List(exfiltration)}.", null, "Statement");
        var management = CatalogLists.PermissionsManagement(context.Catalog).CoveredBy(allows).Where(Allows).ToList();
        if (management.Count > 0)
            context.Add(LintRules.ResourceExposure, $"The policy allows, on every resource, {Count(management, "permissions-management action")}: {List(management)}.", null, "Statement");
    }

    private static bool Covered(List<LintStatement> allows, string action)
    {
        var lower = action.ToLowerInvariant();
        foreach (var statement in allows)
        {
            if (statement.CoversLowerCaseAction(lower)) return true;
        }

        return false;
    }

    private static string Count(List<string> items, string noun) => items.Count == 1 ? $"one {noun}" : $"{items.Count} {noun}s";

    private static string List(List<string> items) => string.Join(", ", items.Take(8)) + (items.Count > 8 ? $" and {items.Count - 8} more" : "");
}
