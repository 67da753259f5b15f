using System.Text;

namespace Vigil.Iam.Tests.Differential;

/// <summary>What a differential run found: counts by outcome, disagreements put down to each documented divergence, and the rest in full.</summary>
internal sealed class DifferentialSummary
{
    public int Cases { get; set; }

    public int Agreements { get; set; }

    public Dictionary<string, int> Decisions { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> SkippedByDivergence { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> RejectedByOracle { get; } = new(StringComparer.Ordinal);

    public int ContextKeysDropped { get; set; }

    public List<string> Unexplained { get; } = [];

    public TimeSpan Elapsed { get; set; }

    public string Report()
    {
        var text = new StringBuilder();
        text.AppendLine($"{Cases} cases in {Elapsed.TotalSeconds:F1} s: {Agreements} agree, {SkippedByDivergence.Values.Sum()} skipped as documented divergences, "
            + $"{RejectedByOracle.Values.Sum()} rejected by iam-simulate as input, {Unexplained.Count} unexplained");
        text.AppendLine("decisions where both agree: " + string.Join(", ", Decisions.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => $"{d.Key} {d.Value}")));
        foreach (var (id, count) in SkippedByDivergence.OrderBy(d => d.Key, StringComparer.Ordinal)) text.AppendLine($"skipped by divergence {id}: {count}");
        var perId = SkippedByDivergence.SelectMany(d => d.Key.Split('+').Select(id => (id, d.Value))).GroupBy(d => d.id).OrderBy(g => g.Key, StringComparer.Ordinal);
        text.AppendLine("skipped cases per divergence id, alone or with others: " + string.Join(", ", perId.Select(g => $"{g.Key} {g.Sum(d => d.Value)}")));
        foreach (var (reason, count) in RejectedByOracle.OrderBy(d => d.Key, StringComparer.Ordinal)) text.AppendLine($"rejected by iam-simulate ({reason}): {count}");
        text.AppendLine($"context keys iam-simulate does not accept for the action, removed before comparing: {ContextKeysDropped}");
        foreach (var problem in Unexplained) text.AppendLine(problem);
        return text.ToString();
    }
}
