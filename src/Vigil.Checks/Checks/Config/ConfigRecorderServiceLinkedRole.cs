using Vigil.Core.Checks;
using Vigil.Core.Model.Account;

namespace Vigil.Checks.Checks.Config;

internal sealed class ConfigRecorderServiceLinkedRole : RegionalSettingCheck
{
    private const string ServiceLinkedRolePath = ":role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig";

    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "config-recorder-service-linked-role",
        Title = "AWS Config recorders use the AWS Config service-linked role",
        Severity = Severity.Medium,
        Service = "config",
        Domain = Domain.LoggingMonitoring,
        Risk = "A custom recorder role can be edited, detached or over-scoped by account users; when it loses a permission, Config silently stops recording some resources, leaving gaps in the configuration history.",
        Remediation = new()
        {
            Text = "Point the configuration recorder at the service-linked role AWSServiceRoleForConfig (created with the service-linked role API), whose permissions AWS maintains and account users cannot change.",
            Cli = "aws iam create-service-linked-role --aws-service-name config.amazonaws.com; aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=arn:aws:iam::ACCOUNT_ID:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig --recording-group allSupported=true",
            Terraform = """
                resource "aws_iam_service_linked_role" "config" {
                  aws_service_name = "config.amazonaws.com"
                }

                resource "aws_config_configuration_recorder" "this" {
                  name     = "default"
                  role_arn = aws_iam_service_linked_role.config.arn
                }
                """,
            CloudFormation = """
                ConfigServiceLinkedRole:
                  Type: AWS::IAM::ServiceLinkedRole
                  Properties:
                    AWSServiceName: config.amazonaws.com
                ConfigRecorder:
                  Type: AWS::Config::ConfigurationRecorder
                  Properties:
                    RoleARN: !Sub arn:aws:iam::${AWS::AccountId}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig
                """,
            Url = "https://docs.aws.amazon.com/config/latest/developerguide/using-service-linked-roles.html",
        },
    };

    protected override string Setting => "configuration-recorder";

    public override IReadOnlyList<string>? Reads => ["Config"];

    public override CheckOutcome Evaluate(AccountRegion region, CheckContext context)
    {
        var config = region.Config;
        if (config is null) return CheckOutcome.Error($"The AWS Config recorder of account {region.AccountId} in {region.Region} was not collected.");
        if (config.RecorderName is null) return NotApplicable;
        if (config.RoleArn is null) return CheckOutcome.Error($"The role of the AWS Config recorder {config.RecorderName} in {region.Region} was not collected.");
        return config.RoleArn.EndsWith(ServiceLinkedRolePath, StringComparison.Ordinal)
            ? Pass($"The AWS Config recorder {config.RecorderName} in {region.Region} uses the service-linked role.")
            : Fail($"The AWS Config recorder {config.RecorderName} of account {region.AccountId} in {region.Region} uses the role {config.RoleArn} instead of the service-linked role.");
    }
}
