using Vigil.Access.Exposure;
using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2AmiNotSharedExternally : Check<Ami>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-ami-not-shared-externally",
        Title = "AMIs are shared only with accounts of the organization or the trusted list",
        Severity = Severity.Medium,
        Service = "ec2",
        Domain = Domain.DataProtection,
        Risk = "An account an image is shared with can launch it and copy its disks, with whatever code, configuration and credentials were baked in, outside the organization's controls.",
        Remediation = new()
        {
            Text = "Remove the accounts outside the organization from the image's launch permissions, or share with the organization (OrganizationArn) instead of account ids. If an account is a legitimate partner, add it to the trustedAccounts setting (docs/configuration.md). Public images are ec2-ami-not-public's finding.",
            Cli = "aws ec2 modify-image-attribute --image-id IMAGE_ID --launch-permission \"Remove=[{UserId=EXTERNAL_ACCOUNT_ID}]\"",
            Terraform = """
                # Remove the aws_ami_launch_permission resource that names the external account, or share with the organization:
                resource "aws_ami_launch_permission" "organization" {
                  image_id         = aws_ami.this.id
                  organization_arn = "arn:aws:organizations::MANAGEMENT_ACCOUNT_ID:organization/o-EXAMPLE"
                }
                """,
            CloudFormation = "# AMI launch permissions cannot be set in CloudFormation; remove the external account with the CLI.",
            Url = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-explicit.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["SharedWithAccounts"];

    public override CheckOutcome Evaluate(Ami image, CheckContext context) =>
        ExternalSharing.Evaluate(SharingExposure.Of(ExposureScopes.For(context), image), $"Image {image.ImageId}", includePublic: false);
}
