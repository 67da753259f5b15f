using Vigil.Core.Checks;
using Vigil.Core.Model.AutoScaling;

namespace Vigil.Checks.Checks.AutoScaling;

internal sealed class AutoScalingLaunchConfigurationImdsV2Required : Check<LaunchConfiguration>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "autoscaling-launch-configuration-imdsv2-required",
        Title = "Auto Scaling launch configurations require IMDSv2",
        Severity = Severity.High,
        Service = "autoscaling",
        Domain = Domain.Network,
        Risk = "Instances launched from a configuration that leaves IMDSv1 available expose their role credentials to server-side request forgery through any vulnerable application they run.",
        Remediation = new()
        {
            Text = "Launch configurations cannot be modified: create a launch template (preferred) or a new launch configuration with HttpTokens required, switch the group to it and delete the old configuration.",
            Cli = "aws autoscaling create-launch-configuration --launch-configuration-name NEW_NAME --image-id AMI_ID --instance-type INSTANCE_TYPE --metadata-options HttpTokens=required,HttpEndpoint=enabled",
            Terraform = """
                resource "aws_launch_template" "this" {
                  name_prefix   = "web-"
                  image_id      = data.aws_ami.web.id
                  instance_type = "m7g.large"
                  metadata_options {
                    http_endpoint = "enabled"
                    http_tokens   = "required"
                  }
                }
                """,
            CloudFormation = """
                LaunchConfiguration:
                  Type: AWS::AutoScaling::LaunchConfiguration
                  Properties:
                    ImageId: !Ref ImageId
                    InstanceType: m7g.large
                    MetadataOptions:
                      HttpEndpoint: enabled
                      HttpTokens: required
                """,
            Url = "https://docs.aws.amazon.com/autoscaling/ec2/userguide/create-launch-config.html#launch-configurations-imds",
        },
    };

    public override IReadOnlyList<string>? Reads => ["MetadataHttpTokens", "MetadataHttpEndpoint"];

    public override CheckOutcome Evaluate(LaunchConfiguration configuration, CheckContext context)
    {
        if (configuration.RequiresImdsV2) return Pass($"Launch configuration {configuration.Name} requires IMDSv2.");
        return Fail(configuration.MetadataHttpTokens is null
            ? $"Launch configuration {configuration.Name} does not set HttpTokens, so IMDSv1 stays available unless the AMI requires IMDSv2."
            : $"Launch configuration {configuration.Name} sets HttpTokens to {configuration.MetadataHttpTokens}, allowing IMDSv1.");
    }
}
