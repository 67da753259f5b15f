using Vigil.Core.Checks;
using Vigil.Core.Model.Account;

namespace Vigil.Checks.Checks.Inspector;

/// <summary>One Amazon Inspector scan type is ENABLED in the region (ENABLING, SUSPENDED and the rest scan nothing yet).</summary>
internal abstract class InspectorScanCheck : RegionalSettingCheck
{
    /// <summary>The scan's name in messages, e.g. "EC2 scanning".</summary>
    protected abstract string Scan { get; }

    /// <summary>The resource type name Inspector's API and CLI use: EC2, ECR, LAMBDA or LAMBDA_CODE.</summary>
    protected abstract string ScanType { get; }

    protected abstract string StatusOf(InspectorStatus status);

    protected override string Setting => "scan/" + ScanType.ToLowerInvariant();

    public override IReadOnlyList<string>? Reads => ["Inspector"];

    public override CheckOutcome Evaluate(AccountRegion region, CheckContext context)
    {
        if (region.Inspector is not { } inspector)
            return CheckOutcome.Error($"Amazon Inspector's status for account {region.AccountId} in {region.Region} was not collected.");
        var status = StatusOf(inspector);
        return status == "ENABLED"
            ? Pass($"Amazon Inspector {Scan} is enabled in {region.Region}.")
            : Fail($"Amazon Inspector {Scan} is {status.ToLowerInvariant()} for account {region.AccountId} in {region.Region}.");
    }

    /// <summary>The remediation of enabling the scan type.</summary>
    protected static Remediation Enable(string text, string resourceType, string terraformType, string url) => new()
    {
        Text = text + " Activate it for the whole organization from the Inspector delegated administrator, with auto-enable for new members.",
        Cli = $"aws inspector2 enable --resource-types {resourceType} --region REGION  # organization-wide: aws inspector2 update-organization-configuration --auto-enable ...",
        Terraform = $$"""
            resource "aws_inspector2_enabler" "this" {
              account_ids    = [data.aws_caller_identity.current.account_id]
              resource_types = ["{{terraformType}}"]
            }
            """,
        CloudFormation = $"""
            # Amazon Inspector has no CloudFormation resource for activation: a custom resource backed by a Lambda function
            # that calls inspector2:Enable (deployed to every region with a StackSet) does it.
            EnableInspector:
              Type: Custom::InspectorEnable
              Properties:
                ServiceToken: !GetAtt InspectorEnablerFunction.Arn
                ResourceTypes: [{resourceType}]
            """,
        Url = url,
    };
}
