using System.Text;
using Vigil.Access.Privesc;

namespace Vigil.Cli.Access;

/// <summary>Writes a privilege-escalation report as plain text: a summary, then each principal that can escalate with its
/// path, one line per step and one per permission used (with --all, also administrators and principals that cannot).</summary>
internal static class PrivescTableWriter
{
    public static IEnumerable<PrincipalEscalation> Ordered(PrivescReport report, bool all) =>
        report.Principals
            .Where(p => all || p.CanEscalate)
            .OrderByDescending(p => p.CanEscalate)
            .ThenBy(p => p.Path.Count)
            .ThenBy(p => p.Arn, StringComparer.Ordinal);

    public static async Task WriteAsync(PrivescReport report, bool all, Stream stream, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var escalating = report.Principals.Count(p => p.CanEscalate);
        text.AppendLine($"Privilege escalation: {report.Principals.Count} principals, {report.Principals.Count(p => p.IsAdmin)} administrators, {escalating} can escalate to administrator.");
        var uncertain = report.Principals.Count(p => !p.IsAdmin && !p.CanEscalate && p.Problems.Count > 0);
        if (uncertain > 0 && !all)
            text.AppendLine($"{uncertain} principals that cannot escalate have policies that could not be read, so that answer may be incomplete (--all lists them).");
        if (report.Options.AssumeUncollectedResources)
            text.AppendLine("Assumed: resources of uncollected types (stacks, projects, dev endpoints, notebooks, tasks, services) may run as any role trusting their service.");
        foreach (var principal in Ordered(report, all))
        {
            text.AppendLine();
            var state = principal.IsAdmin ? "administrator" : principal.CanEscalate ? $"CAN ESCALATE in {principal.Path.Count} step(s) to {principal.ReachedAdmin}" : "cannot escalate";
            text.AppendLine($"{principal.Arn} ({principal.Kind}): {state}");
            var n = 1;
            foreach (var step in principal.Path)
            {
                var verb = step.GrantsAdmin ? "makes an administrator of" : "acts as";
                text.AppendLine($"  {n++}. {Name(step.From)} {verb} {Name(step.To)} by {step.Technique.Id} (#{step.Technique.Number}): {step.Detail}");
                foreach (var permission in step.Permissions)
                {
                    var values = permission.RequestValues.Count == 0 ? "" : " with " + string.Join(", ", permission.RequestValues.Select(kv => $"{kv.Key}={kv.Value}"));
                    var statements = permission.Statements.Count == 0 ? "" : $" [{string.Join("; ", permission.Statements)}]";
                    text.AppendLine($"     {permission.Action} on {permission.Resource}{values}{statements}");
                }
            }
            foreach (var problem in principal.Problems) text.AppendLine($"  note: {problem}");
            foreach (var problem in principal.OrganizationProblems) text.AppendLine($"  note: {problem} (a path may be blocked by them)");
        }
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        await stream.WriteAsync(bytes, cancellationToken);
    }

    private static string Name(string arn) => string.Join(':', arn.Split(':').Skip(5));
}
