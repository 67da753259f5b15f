using Vigil.Core.Checks;
using Vigil.Core.Model.Account;

namespace Vigil.Checks.Checks.GuardDuty;

/// <summary>A GuardDuty protection plan (a detector feature, optionally with one of its additional
/// configurations) is enabled. Regions without an enabled detector are left to guardduty-enabled.</summary>
internal abstract class GuardDutyProtectionPlanCheck : RegionalSettingCheck
{
    /// <summary>The plan's name in messages, e.g. "S3 Protection".</summary>
    protected abstract string Plan { get; }

    /// <summary>The detector features any one of which turns the plan on (e.g. S3_DATA_EVENTS).</summary>
    protected abstract IReadOnlyList<string> Features { get; }

    /// <summary>The additional configuration that must also be enabled, e.g. EKS_ADDON_MANAGEMENT; null when none.</summary>
    protected virtual string? AdditionalConfiguration => null;

    protected override string Setting => "detector";

    public override IReadOnlyList<string>? Reads => ["GuardDuty"];

    public override CheckOutcome Evaluate(AccountRegion region, CheckContext context)
    {
        var detector = region.GuardDuty;
        if (detector is null)
            return CheckOutcome.Error($"The GuardDuty detector of account {region.AccountId} in {region.Region} was not collected.");
        if (!detector.Exists || !detector.IsEnabled) return NotApplicable;
        if (!Features.Any(detector.FeatureEnabled))
            return Fail($"GuardDuty {Plan} is not enabled on detector {detector.DetectorId} of account {region.AccountId} in {region.Region}.");
        if (AdditionalConfiguration is { } extra && !detector.AdditionalConfigurationEnabled(extra))
            return Fail($"GuardDuty {Plan} is not enabled on detector {detector.DetectorId} of account {region.AccountId} in {region.Region} ({extra} is off).");
        return Pass($"GuardDuty {Plan} is enabled on detector {detector.DetectorId} in {region.Region}.");
    }

    /// <summary>The remediation of turning on <paramref name="feature"/> (and <paramref name="additional"/>).</summary>
    protected static Remediation EnableFeature(string text, string feature, string? additional, string url)
    {
        var cliExtra = additional is null ? "" : $",\"AdditionalConfiguration\":[{{\"Name\":\"{additional}\",\"Status\":\"ENABLED\"}}]";
        var tfExtra = additional is null ? "" : $"\n  additional_configuration {{\n    name   = \"{additional}\"\n    status = \"ENABLED\"\n  }}";
        var cfnExtra = additional is null ? "" : $"\n        AdditionalConfiguration:\n          - Name: {additional}\n            Status: ENABLED";
        return new Remediation
        {
            Text = text,
            Cli = $"aws guardduty update-detector --detector-id DETECTOR_ID --features '[{{\"Name\":\"{feature}\",\"Status\":\"ENABLED\"{cliExtra}}}]' --region REGION",
            Terraform = $"resource \"aws_guardduty_detector_feature\" \"this\" {{\n  detector_id = aws_guardduty_detector.this.id\n  name        = \"{feature}\"\n  status      = \"ENABLED\"{tfExtra}\n}}",
            CloudFormation = $"Detector:\n  Type: AWS::GuardDuty::Detector\n  Properties:\n    Enable: true\n    Features:\n      - Name: {feature}\n        Status: ENABLED{cfnExtra}",
            Url = url,
        };
    }
}
