using Vigil.Core.Checks;
using Vigil.Core.Compliance;
using Vigil.Core.Frameworks;
using Vigil.Core.Model;

namespace Vigil.Core.Engine;

/// <summary>Selects checks, evaluates them over a snapshot and applies suppressions.</summary>
public sealed class Scanner(CheckCatalog checks, FrameworkCatalog frameworks, TimeProvider clock)
{
    public ScanResult Scan(Snapshot snapshot, IReadOnlyList<InputSource> inputs, ScanOptions options, CancellationToken cancellationToken)
    {
        var scannedAt = clock.GetUtcNow();
        var evaluatedAt = snapshot.CollectedAt ?? scannedAt;
        var selected = options.Selection.Apply(checks.Checks, frameworks);
        var context = new CheckContext(snapshot, evaluatedAt, options.Settings);
        var findings = ScanEngine.Evaluate(snapshot, selected, context, cancellationToken);
        var (muted, warnings) = options.Mutes.Apply(findings, DateOnly.FromDateTime(scannedAt.UtcDateTime));
        var checkIds = selected.Select(c => c.Metadata.Id).ToList();
        var asked = options.Selection.Frameworks.Select(id => frameworks.Find(id)
            ?? throw new VigilInputException($"Unknown framework '{id}'.")).Distinct().ToList();

        return new ScanResult
        {
            ScannedAt = scannedAt,
            EvaluatedAt = evaluatedAt,
            ToolVersion = ToolInfo.Version,
            Inputs = inputs,
            Accounts = snapshot.Accounts.Select(a => new AccountSummary(a.AccountId, a.Name)).ToList(),
            Findings = muted,
            CheckIds = checkIds,
            Frameworks = ComplianceEvaluator.Evaluate(asked, muted, checkIds),
            ResourceCount = SnapshotResources.Types.Sum(t => SnapshotResources.Of(t, snapshot).Count),
            Warnings = warnings,
        };
    }
}
