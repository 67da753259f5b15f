using Vigil.Core.Checks;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2AmiNotPublic : Check<Ami>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-ami-not-public",
        Title = "AMIs are not public",
        Severity = Severity.Critical,
        Service = "ec2",
        Domain = Domain.DataProtection,
        Risk = "Any AWS account can launch or copy a public image and read its disks: application code, configuration files and credentials baked into the image are published to the world.",
        Remediation = new()
        {
            Text = "Remove the 'all' group from the image's launch permissions, share it with specific accounts only if needed, and turn on block public access for AMIs in every region.",
            Cli = """
                aws ec2 modify-image-attribute --image-id IMAGE_ID --launch-permission "Remove=[{Group=all}]"
                aws ec2 enable-image-block-public-access --image-block-public-access-state block-new-sharing
                """,
            Terraform = """
                resource "aws_ec2_image_block_public_access" "this" {
                  state = "block-new-sharing"
                }
                """,
            CloudFormation = "# AMI launch permissions cannot be set in CloudFormation; remove public sharing with the CLI and enable AMI block public access.",
            Url = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-intro.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Public"];

    public override CheckOutcome Evaluate(Ami image, CheckContext context) => image.Public
        ? Fail($"Image {image.ImageId} ({image.Name}) can be launched and copied by any AWS account.")
        : Pass($"Image {image.ImageId} ({image.Name}) is not public.");
}
