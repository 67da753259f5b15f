using Vigil.Core.Engine;
using Vigil.Core.Findings;

namespace Vigil.Core.Suppressions;

/// <summary>One suppression: every criterion it names must match (an unnamed criterion matches anything).</summary>
public sealed record MuteRule
{
    public IReadOnlyList<string> Checks { get; init; } = [];
    public IReadOnlyList<string> Resources { get; init; } = [];
    public IReadOnlyList<string> Accounts { get; init; } = [];
    public IReadOnlyList<string> Regions { get; init; } = [];
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();
    public required string Reason { get; init; }
    public DateOnly? Expires { get; init; }

    public bool IsExpired(DateOnly today) => Expires is { } expires && expires < today;

    public bool Matches(Finding finding)
    {
        var resource = finding.ResourceRef;
        if (Checks.Count > 0 && !Glob.AnyMatch(Checks, finding.Metadata.Id)) return false;
        if (Resources.Count > 0 && !Glob.AnyMatch(Resources, resource.Arn)) return false;
        if (Accounts.Count > 0 && !Glob.AnyMatch(Accounts, resource.Account)) return false;
        if (Regions.Count > 0 && !Glob.AnyMatch(Regions, resource.Region ?? "global")) return false;
        if (Tags.Count > 0)
        {
            var tags = finding.Resource?.Tags;
            if (tags is null) return false;
            foreach (var (key, pattern) in Tags)
            {
                if (!tags.TryGetValue(key, out var value) || !Glob.IsMatch(pattern, value)) return false;
            }
        }
        return true;
    }
}
