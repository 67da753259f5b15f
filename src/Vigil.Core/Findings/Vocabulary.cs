using Vigil.Core.Checks;

namespace Vigil.Core.Findings;

/// <summary>The words of CONTRACTS.md for the enums, both ways.</summary>
public static class Vocabulary
{
    public static string Text(Severity severity) => severity switch
    {
        Severity.Critical => "critical",
        Severity.High => "high",
        Severity.Medium => "medium",
        Severity.Low => "low",
        _ => "informational",
    };

    public static string Text(FindingStatus status) => status switch
    {
        FindingStatus.Pass => "pass",
        FindingStatus.Fail => "fail",
        FindingStatus.Error => "error",
        FindingStatus.Manual => "manual",
        _ => "muted",
    };

    public static string Text(Domain domain) => domain switch
    {
        Domain.Identity => "identity",
        Domain.DataProtection => "data-protection",
        Domain.Network => "network",
        Domain.LoggingMonitoring => "logging-monitoring",
        Domain.VulnerabilityPatching => "vulnerability-patching",
        Domain.Resilience => "resilience",
        _ => "governance",
    };

    public static string Text(Responsibility responsibility) => responsibility switch
    {
        Responsibility.Customer => "customer",
        Responsibility.Aws => "aws",
        _ => "shared",
    };

    public static bool TryParseSeverity(string text, out Severity severity)
    {
        foreach (var value in Enum.GetValues<Severity>())
        {
            if (string.Equals(Text(value), text, StringComparison.OrdinalIgnoreCase))
            {
                severity = value;
                return true;
            }
        }
        severity = default;
        return false;
    }

    public static bool TryParseStatus(string text, out FindingStatus status)
    {
        foreach (var value in Enum.GetValues<FindingStatus>())
        {
            if (string.Equals(Text(value), text, StringComparison.OrdinalIgnoreCase))
            {
                status = value;
                return true;
            }
        }
        status = default;
        return false;
    }

    public static IEnumerable<string> Severities => Enum.GetValues<Severity>().Reverse().Select(Text);
    public static IEnumerable<string> Statuses => Enum.GetValues<FindingStatus>().Select(Text);
}
