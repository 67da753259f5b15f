using Vigil.Access.Exposure;
using Vigil.Core.Engine;
using Vigil.Core.Model;

namespace Vigil.Cli.Access;

/// <summary>What the exposure writers print: the report and where it came from.</summary>
internal sealed record ExposureOutput(ExposureReport Report, IReadOnlyList<InputSource> Sources, IReadOnlyList<(string Id, string Name)> Accounts, DateTimeOffset AnalysedAt)
{
    public static ExposureOutput Of(ExposureReport report, Snapshot snapshot, IReadOnlyList<InputSource> sources, DateTimeOffset analysedAt) =>
        new(report, sources, [.. snapshot.Accounts.Select(a => (a.AccountId, a.Name))], analysedAt);
}
