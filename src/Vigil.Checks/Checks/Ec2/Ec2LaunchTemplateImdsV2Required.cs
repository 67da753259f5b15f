using Vigil.Core.Checks;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2LaunchTemplateImdsV2Required : Check<LaunchTemplate>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-launch-template-imdsv2-required",
        Title = "Launch templates require IMDSv2 for the instances they launch",
        Severity = Severity.Low,
        Service = "ec2",
        Domain = Domain.Network,
        Risk = "Instances launched from a template that leaves IMDSv1 available expose their role credentials to server-side request forgery: one vulnerable web endpoint can hand an attacker the instance's AWS credentials.",
        Remediation = new()
        {
            Text = "Create a new version of the launch template with MetadataOptions HttpTokens set to required (and a hop limit of 2 for containers), make it the default version and roll the instances.",
            Cli = "aws ec2 create-launch-template-version --launch-template-id LT_ID --source-version '$Default' --launch-template-data '{\"MetadataOptions\":{\"HttpTokens\":\"required\",\"HttpEndpoint\":\"enabled\"}}' && aws ec2 modify-launch-template --launch-template-id LT_ID --default-version NEW_VERSION",
            Terraform = """
                resource "aws_launch_template" "this" {
                  name_prefix   = "app-"
                  image_id      = data.aws_ami.app.id
                  instance_type = "m7g.large"
                  metadata_options {
                    http_endpoint               = "enabled"
                    http_tokens                 = "required"
                    http_put_response_hop_limit = 2
                  }
                }
                """,
            CloudFormation = """
                LaunchTemplate:
                  Type: AWS::EC2::LaunchTemplate
                  Properties:
                    LaunchTemplateData:
                      ImageId: !Ref ImageId
                      MetadataOptions:
                        HttpEndpoint: enabled
                        HttpTokens: required
                """,
            Url = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["DefaultVersion"];

    public override CheckOutcome Evaluate(LaunchTemplate template, CheckContext context)
    {
        if (template.DefaultVersion is not { } version)
            return CheckOutcome.Error($"The default version of launch template {template.Name} was not collected.");
        if (version.RequiresImdsV2) return Pass($"The default version of launch template {template.Name} requires IMDSv2.");
        return version.MetadataHttpTokens is null
            ? Fail($"The default version ({version.VersionNumber}) of launch template {template.Name} does not set HttpTokens, so IMDSv1 stays available unless the AMI requires IMDSv2.")
            : Fail($"The default version ({version.VersionNumber}) of launch template {template.Name} sets HttpTokens to {version.MetadataHttpTokens}, allowing IMDSv1.");
    }
}
