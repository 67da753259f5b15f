using Vigil.Core.Checks;
using Vigil.Core.Findings;

namespace Vigil.Reports.Asff;

/// <summary>ASFF's enumerations for Vigil's severities and statuses.</summary>
internal static class AsffVocabulary
{
    public const string SchemaVersion = "2018-10-08";

    /// <summary>A passed check is informational, as Security Hub labels its own passed controls.</summary>
    public static string SeverityLabel(Severity severity, FindingStatus status) => status == FindingStatus.Pass ? "INFORMATIONAL" : severity switch
    {
        Severity.Critical => "CRITICAL",
        Severity.High => "HIGH",
        Severity.Medium => "MEDIUM",
        Severity.Low => "LOW",
        _ => "INFORMATIONAL",
    };

    /// <summary>Compliance.Status: could not be assessed is NOT_AVAILABLE, needs a person's attestation WARNING.</summary>
    public static string ComplianceStatus(FindingStatus status) => status switch
    {
        FindingStatus.Pass => "PASSED",
        FindingStatus.Fail => "FAILED",
        FindingStatus.Manual => "WARNING",
        _ => "NOT_AVAILABLE",
    };

    public static string WorkflowStatus(FindingStatus status) => status switch
    {
        FindingStatus.Pass => "RESOLVED",
        FindingStatus.Muted => "SUPPRESSED",
        _ => "NEW",
    };

    /// <summary>ASFF resource types are the CloudFormation name without separators, acronyms in Pascal case:
    /// AWS::S3::Bucket → AwsS3Bucket, AWS::RDS::DBInstance → AwsRdsDbInstance.</summary>
    public static string ResourceType(string cloudFormationType)
    {
        var parts = cloudFormationType.Split("::");
        if (parts.Length < 2 || parts[0] != "AWS") return "Other";
        return string.Concat(parts.Select(PascalCase));
    }

    private static string PascalCase(string word)
    {
        var chars = word.ToCharArray();
        for (var i = 1; i < chars.Length; i++)
        {
            var nextIsLower = i + 1 < chars.Length && char.IsLower(chars[i + 1]);
            if (char.IsUpper(chars[i]) && char.IsUpper(word[i - 1]) && !nextIsLower) chars[i] = char.ToLowerInvariant(chars[i]);
        }
        return new string(chars);
    }
}
