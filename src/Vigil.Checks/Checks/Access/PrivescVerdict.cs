using Vigil.Access.Principals;
using Vigil.Access.Privesc;
using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model;
using Vigil.Iam;

namespace Vigil.Checks.Checks.Access;

/// <summary>The privilege-escalation analysis of the scanned snapshot (computed once per scan) turned into one outcome per
/// IAM user or role, the path in the message.</summary>
internal static class PrivescVerdict
{
    /// <summary>The analysis of the scan's snapshot, computed once (the checks prepare it when the scan starts).</summary>
    public static PrivescReport Report(CheckContext context) =>
        context.Index.Computed("access-privesc-report", _ =>
            new PrivescAnalyzer(new PrincipalDirectory(context.Snapshot, (document, source) => Compile(context, document, source)), new PrivescOptions { Now = context.Now }).Analyze());

    public static CheckOutcome Of(Resource principal, string kind, CheckContext context)
    {
        var report = Report(context);
        if (report.Find(principal.Arn) is not { } verdict)
            return CheckOutcome.Error($"The {kind} {principal.Name} is not among the principals of the snapshot.");
        if (verdict.IsAdmin) return CheckOutcome.NotApplicable;
        if (verdict.CanEscalate) return CheckOutcome.Fail(FailMessage(principal, kind, verdict));
        if (verdict.Problems.Count > 0)
            return CheckOutcome.Error($"Whether {kind} {principal.Name} can escalate is not certain: {string.Join("; ", verdict.Problems)}.");
        return CheckOutcome.Pass($"No path from {kind} {principal.Name} to administrative access was found.");
    }

    private static string FailMessage(Resource principal, string kind, PrincipalEscalation verdict)
    {
        var steps = verdict.Path.Select((step, i) =>
        {
            var permissions = string.Join("; ", step.Permissions.Select(p =>
                $"{p.Action} on {p.Resource}" + (p.Statements.Count > 0 ? $" ({string.Join(", ", p.Statements)})" : "")));
            var verb = step.GrantsAdmin ? "makes an administrator of" : "acts as";
            return $"{i + 1}) {Short(step.From)} {verb} {Short(step.To)} by {step.Technique.Id}, {step.Detail} [{permissions}]";
        });
        var count = verdict.Path.Count == 1 ? "one step" : $"{verdict.Path.Count} steps";
        var caveat = verdict.OrganizationProblems.Count > 0 ? $" Note: {string.Join("; ", verdict.OrganizationProblems)}." : "";
        return $"The {kind} {principal.Name} can escalate to administrative access ({Short(verdict.ReachedAdmin!)}) in {count}: {string.Join(" ", steps)}.{caveat}";
    }

    /// <summary>A document the scan's other checks compiled already is taken from their cache, under this analysis's name.</summary>
    private static Policy Compile(CheckContext context, string document, string source) =>
        CompiledPolicies.Get(context, document, source).Policy?.WithSource(source) ?? Policy.Parse(document, source);

    private static string Short(string arn) => string.Join(':', arn.Split(':').Skip(5));
}
