using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Vigil.Core.Model;
using Vigil.Core.Serialization;
using Vigil.Demo;

namespace Vigil.Estates;

/// <summary>Synthetic estates of any size with the demo's realistic mix: the demo company's two accounts are
/// cloned as often as needed, each clone under new account ids and with globally named resources (S3 buckets)
/// renamed, so every ARN stays unique. Deterministic for a given size.</summary>
public static class SyntheticEstate
{
    /// <summary>An estate of at least <paramref name="resources"/> resources (whole account pairs, so at most
    /// one demo's worth more).</summary>
    public static Snapshot Generate(int resources)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(resources);
        var template = DemoEstate.Build();
        var templateJson = JsonSerializer.Serialize(template, VigilJsonContext.Default.Snapshot);
        var perCopy = template.AllResources().Count();
        var copies = (resources + perCopy - 1) / perCopy;
        var globalNames = GlobalNamePattern(template);

        var parts = new List<Snapshot>(copies);
        for (var copy = 0; copy < copies; copy++)
        {
            var json = copy == 0 ? templateJson : Rename(templateJson, copy, globalNames);
            parts.Add(JsonSerializer.Deserialize(json, VigilJsonContext.Default.Snapshot)!);
        }
        return SnapshotMerge.Merge(OneOrganization(parts)) with { CollectedAt = template.CollectedAt, Regions = template.Regions };
    }

    /// <summary>Every clone is another pair of accounts of the same organization: its SCPs and RCPs are the demo's (their
    /// ARNs name no demo account), attached to the clone's accounts as well, so each policy is kept once.</summary>
    private static List<Snapshot> OneOrganization(List<Snapshot> parts)
    {
        var targets = parts.SelectMany(p => p.OrganizationPolicies)
            .GroupBy(p => p.Arn, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(p => p.Targets).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        return [.. parts.Select((part, copy) => part with
        {
            OrganizationPolicies = copy == 0 ? [.. part.OrganizationPolicies.Select(p => p with { Targets = targets[p.Arn] })] : [],
        })];
    }

    /// <summary>The account id a clone uses in place of a demo account id: distinct per clone and account.</summary>
    public static string CloneAccountId(string demoAccountId, int copy) =>
        (long.Parse(demoAccountId, System.Globalization.CultureInfo.InvariantCulture) + copy * 1_000_003L % 100_000_000_000L)
            .ToString("D12", System.Globalization.CultureInfo.InvariantCulture)[^12..];

    private static string Rename(string json, int copy, Regex? globalNames)
    {
        var text = new StringBuilder(json);
        foreach (var account in DemoAccounts.All) text.Replace(account, CloneAccountId(account, copy));
        var renamed = text.ToString();
        return globalNames is null ? renamed : globalNames.Replace(renamed, m => $"{m.Value}-c{copy}");
    }

    /// <summary>Names that are unique beyond one account: resources whose ARN has no account (S3 buckets, AMIs).
    /// Every mention (ARNs, log targets, trail buckets, instance images, and ARNs inside policy documents, where a name
    /// ends at an escaped quote) gets the clone suffix.</summary>
    private static Regex? GlobalNamePattern(Snapshot template)
    {
        var names = template.AllResources()
            .Select(r => r.Arn.Split(':'))
            .Where(parts => parts.Length >= 6 && parts[4].Length == 0)
            .Select(parts => parts[5].Split('/')[^1])
            .Where(name => name.Length > 0)
            .Distinct().OrderByDescending(n => n.Length).Select(Regex.Escape).ToList();
        return names.Count == 0 ? null : new Regex($"(?<=[:\"/])(?:{string.Join('|', names)})(?=[\"/\\\\])", RegexOptions.CultureInvariant);
    }
}
