using Vigil.Core.Checks;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2InstanceImdsV2Required : Check<Ec2Instance>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-instance-imdsv2-required",
        Title = "EC2 instances require IMDSv2 for the instance metadata service",
        Severity = Severity.High,
        Service = "ec2",
        Domain = Domain.Network,
        Risk = "With IMDSv1 allowed, a server-side request forgery or open proxy on the instance lets an attacker read the instance role's temporary credentials from the metadata service.",
        Remediation = new()
        {
            Text = "Set the instance metadata options to require session tokens (HttpTokens=required), after confirming the software on the instance uses IMDSv2-capable SDKs.",
            Cli = "aws ec2 modify-instance-metadata-options --instance-id INSTANCE_ID --http-tokens required --http-endpoint enabled",
            Terraform = """
                resource "aws_instance" "this" {
                  # ...
                  metadata_options {
                    http_tokens   = "required"
                    http_endpoint = "enabled"
                  }
                }
                """,
            CloudFormation = """
                LaunchTemplate:
                  Type: AWS::EC2::LaunchTemplate
                  Properties:
                    LaunchTemplateData:
                      MetadataOptions:
                        HttpTokens: required
                        HttpEndpoint: enabled
                """,
            Url = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["State", "MetadataOptions"];

    public override CheckOutcome Evaluate(Ec2Instance instance, CheckContext context)
    {
        if (instance.State is "terminated" or "shutting-down") return NotApplicable;
        return instance.MetadataOptions switch
        {
            null => CheckOutcome.Error($"The metadata options of instance {instance.InstanceId} were not collected."),
            { HttpEndpoint: "disabled" } => Pass($"Instance {instance.InstanceId} has the instance metadata service disabled."),
            { RequiresImdsV2: true } => Pass($"Instance {instance.InstanceId} requires IMDSv2."),
            var options => Fail($"Instance {instance.InstanceId} allows IMDSv1 (HttpTokens is {options.HttpTokens})."),
        };
    }
}
