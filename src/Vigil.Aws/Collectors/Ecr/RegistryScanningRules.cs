using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Vigil.Aws.Collectors.Compute;

namespace Vigil.Aws.Collectors.Ecr;

/// <summary>A registry's scanning configuration: BASIC or ENHANCED, with rules whose WILDCARD filters ("*", "prod-*")
/// choose the repositories they cover.</summary>
internal sealed class RegistryScanningRules(JsonNode? configuration)
{
    private readonly string? _scanType = configuration.Text("scanType");
    private readonly List<(string Frequency, List<Regex> Filters)> _rules = [.. configuration.Items("rules").Select(rule => (
        rule.Text("scanFrequency") ?? "",
        rule.Items("repositoryFilters").Select(f => f.Text("filter")).OfType<string>().Select(Wildcard).ToList()))];

    /// <summary>Enhanced scanning (Amazon Inspector) covers the repository.</summary>
    public bool Enhanced(string repositoryName) => _scanType == "ENHANCED" && _rules.Any(r => Covers(r.Filters, repositoryName));

    /// <summary>A basic-scanning rule scans the repository's images on push, whatever the repository's own setting.</summary>
    public bool BasicScanOnPush(string repositoryName) =>
        _scanType == "BASIC" && _rules.Any(r => r.Frequency == "SCAN_ON_PUSH" && Covers(r.Filters, repositoryName));

    private static bool Covers(List<Regex> filters, string name) => filters.Any(f => f.IsMatch(name));

    private static Regex Wildcard(string filter) =>
        new("^" + string.Join(".*", filter.Split('*').Select(Regex.Escape)) + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
