using Vigil.Core.Findings;

namespace Vigil.Core.Suppressions;

/// <summary>The rules of a mute file, combined with OR. Expired rules mute nothing and are reported.</summary>
public sealed class MuteSet(IReadOnlyList<MuteRule> rules, string source)
{
    public IReadOnlyList<MuteRule> Rules { get; } = rules;

    public static MuteSet None { get; } = new([], "");

    /// <summary>Applies the rules; returns the findings (muted where a live rule matches) and a warning per expired rule.</summary>
    public (IReadOnlyList<Finding> Findings, IReadOnlyList<string> Warnings) Apply(IReadOnlyList<Finding> findings, DateOnly today)
    {
        if (Rules.Count == 0) return (findings, []);
        var warnings = new List<string>();
        var live = new List<(MuteRule Rule, int Index)>();
        for (var i = 0; i < Rules.Count; i++)
        {
            var rule = Rules[i];
            if (rule.IsExpired(today))
                warnings.Add($"{source}: rule {i + 1} expired on {rule.Expires:yyyy-MM-dd} and no longer mutes anything (reason was: {rule.Reason}).");
            else
                live.Add((rule, i));
        }

        Finding Mute(Finding finding)
        {
            foreach (var (rule, index) in live)
            {
                if (rule.Matches(finding)) return finding.Muted(new MuteDecision(rule.Reason, rule.Expires, index + 1));
            }
            return finding;
        }

        if (findings is FindingList list) return (list.Select(Mute), warnings);
        var result = new Finding[findings.Count];
        Parallel.For(0, findings.Count, i => result[i] = Mute(findings[i]));
        return (result, warnings);
    }
}
