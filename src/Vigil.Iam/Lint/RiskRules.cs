namespace Vigil.Iam.Lint;

/// <summary>
/// Cloudsplaining's categories for identity policies: what the policy alone allows on every resource, asked of the IAM
/// engine (a request for resource "*" with an empty context), so that denies, NotAction, wildcards and conditions count
/// as AWS counts them.
/// </summary>
internal static class RiskRules
{
    private const string Probe = "arn:aws:iam::000000000000:role/vigil-lint-probe";

    public static void Run(LintContext context)
    {
        if (context.Kind != LintPolicyKind.Identity || !context.Statements.Any(s => s.IsAllow)) return;
        var allowed = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        bool Allows(string action)
        {
            if (!allowed.TryGetValue(action, out var answer))
            {
                answer = Evaluator.Evaluate(new AuthorizationRequest
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

        var escalations = RiskyActions.Escalation.Where(m => m.Actions.All(Allows)).Select(m => m.Name).ToList();
        if (escalations.Count > 0)
            context.Add(LintRules.PrivilegeEscalation, $"The policy allows, on every resource, all the actions of {Count(escalations, "privilege-escalation method")}: {List(escalations)}.", null, "Statement");
        var credentials = RiskyActions.CredentialsExposure.Where(Allows).ToList();
        if (credentials.Count > 0)
            context.Add(LintRules.CredentialsExposure, $"The policy allows, on every resource, {Count(credentials, "action")} that return credentials: {List(credentials)}.", null, "Statement");
        var exfiltration = RiskyActions.DataExfiltration.Where(Allows).ToList();
        if (exfiltration.Count > 0)
            context.Add(LintRules.DataExfiltration, $"The policy allows, on every resource, {Count(exfiltration, "data-exfiltration action")}: {List(exfiltration)}.", null, "Statement");
        var management = PermissionsManagement(context).Where(Allows).ToList();
        if (management.Count > 0)
            context.Add(LintRules.ResourceExposure, $"The policy allows, on every resource, {Count(management, "permissions-management action")}: {List(management)}.", null, "Statement");
    }

    /// <summary>The permissions-management actions some Allow statement names (the engine then decides), in catalog order.</summary>
    private static IEnumerable<string> PermissionsManagement(LintContext context)
    {
        var allows = context.Statements.Where(s => s.IsAllow).ToList();
        return CatalogLists.PermissionsManagement(context.Catalog).Where(action => allows.Any(s => s.CoversAction(action)));
    }

    private static string Count(List<string> items, string noun) => items.Count == 1 ? $"one {noun}" : $"{items.Count} {noun}s";

    private static string List(List<string> items) => string.Join(", ", items.Take(8)) + (items.Count > 8 ? $" and {items.Count - 8} more" : "");
}
