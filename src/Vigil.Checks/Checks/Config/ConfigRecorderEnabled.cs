using Vigil.Core.Checks;
using Vigil.Core.Model.Account;

namespace Vigil.Checks.Checks.Config;

internal sealed class ConfigRecorderEnabled : RegionalSettingCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "config-recorder-enabled",
        Title = "AWS Config records all supported resource types with a delivery channel in every region",
        Severity = Severity.Critical,
        Service = "config",
        Domain = Domain.LoggingMonitoring,
        Risk = "Without a recording AWS Config recorder in a region there is no configuration history or inventory of its resources, so changes cannot be audited, investigated after an incident or evaluated by Config rules and Security Hub.",
        Remediation = new()
        {
            Text = "In every region, create a configuration recorder that records all supported resource types, a delivery channel to a central S3 bucket, and start the recorder.",
            Cli = "aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=arn:aws:iam::ACCOUNT_ID:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig --recording-group allSupported=true && aws configservice put-delivery-channel --delivery-channel name=default,s3BucketName=CONFIG_BUCKET && aws configservice start-configuration-recorder --configuration-recorder-name default",
            Terraform = """
                resource "aws_config_configuration_recorder" "this" {
                  name     = "default"
                  role_arn = aws_iam_service_linked_role.config.arn
                  recording_group {
                    all_supported = true
                  }
                }

                resource "aws_config_delivery_channel" "this" {
                  name           = "default"
                  s3_bucket_name = "CONFIG_BUCKET"
                  depends_on     = [aws_config_configuration_recorder.this]
                }

                resource "aws_config_configuration_recorder_status" "this" {
                  name       = aws_config_configuration_recorder.this.name
                  is_enabled = true
                  depends_on = [aws_config_delivery_channel.this]
                }
                """,
            CloudFormation = """
                ConfigRecorder:
                  Type: AWS::Config::ConfigurationRecorder
                  Properties:
                    Name: default
                    RoleARN: !Sub arn:aws:iam::${AWS::AccountId}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig
                    RecordingGroup:
                      AllSupported: true
                DeliveryChannel:
                  Type: AWS::Config::DeliveryChannel
                  Properties:
                    S3BucketName: CONFIG_BUCKET
                """,
            Url = "https://docs.aws.amazon.com/config/latest/developerguide/gs-cli.html",
        },
    };

    protected override string Setting => "configuration-recorder";

    public override IReadOnlyList<string>? Reads => ["Config"];

    public override CheckOutcome Evaluate(AccountRegion region, CheckContext context)
    {
        var where = $"account {region.AccountId} in {region.Region}";
        return region.Config switch
        {
            null => CheckOutcome.Error($"The AWS Config recorder of {where} was not collected."),
            { RecorderName: null } => Fail($"AWS Config has no configuration recorder in {where}."),
            { Recording: false } c => Fail($"The AWS Config recorder {c.RecorderName} of {where} is not recording."),
            { AllSupported: false } c => Fail($"The AWS Config recorder {c.RecorderName} of {where} records only selected resource types."),
            { DeliveryChannelConfigured: false } c => Fail($"The AWS Config recorder {c.RecorderName} of {where} has no delivery channel."),
            { LastStatus: "FAILURE" or "Failure" } c => Fail($"The last recording attempt of the AWS Config recorder {c.RecorderName} of {where} failed."),
            var c => Pass($"The AWS Config recorder {c.RecorderName} records all supported resource types with a delivery channel in {region.Region}."),
        };
    }
}
