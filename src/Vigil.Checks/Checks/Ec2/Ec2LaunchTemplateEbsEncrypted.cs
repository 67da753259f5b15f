using Vigil.Core.Checks;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Checks.Ec2;

internal sealed class Ec2LaunchTemplateEbsEncrypted : Check<LaunchTemplate>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ec2-launch-template-ebs-encrypted",
        Title = "Launch templates encrypt the EBS volumes of the instances they launch",
        Severity = Severity.Medium,
        Service = "ec2",
        Domain = Domain.DataProtection,
        Risk = "Volumes launched unencrypted keep application data, logs and cached credentials in clear on the storage layer and in every snapshot taken of them, and cannot be encrypted in place later.",
        Remediation = new()
        {
            Text = "Create a new version of the launch template whose EBS block device mappings set Encrypted to true (optionally with a customer managed KMS key) and make it the default, or turn on EBS encryption by default in the region.",
            Cli = "aws ec2 create-launch-template-version --launch-template-id LT_ID --source-version '$Default' --launch-template-data '{\"BlockDeviceMappings\":[{\"DeviceName\":\"/dev/xvda\",\"Ebs\":{\"Encrypted\":true}}]}' && aws ec2 modify-launch-template --launch-template-id LT_ID --default-version NEW_VERSION",
            Terraform = """
                resource "aws_launch_template" "this" {
                  name_prefix   = "app-"
                  image_id      = data.aws_ami.app.id
                  instance_type = "m7g.large"
                  block_device_mappings {
                    device_name = "/dev/xvda"
                    ebs {
                      encrypted   = true
                      kms_key_id  = aws_kms_key.ebs.arn
                      volume_size = 30
                    }
                  }
                }
                """,
            CloudFormation = """
                LaunchTemplate:
                  Type: AWS::EC2::LaunchTemplate
                  Properties:
                    LaunchTemplateData:
                      ImageId: !Ref ImageId
                      BlockDeviceMappings:
                        - DeviceName: /dev/xvda
                          Ebs:
                            Encrypted: true
                            KmsKeyId: !Ref EbsKey
                """,
            Url = "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["DefaultVersion"];

    public override CheckOutcome Evaluate(LaunchTemplate template, CheckContext context)
    {
        if (template.DefaultVersion is not { } version)
            return CheckOutcome.Error($"The default version of launch template {template.Name} was not collected.");
        string? unencrypted = null;
        foreach (var volume in version.EbsVolumes)
        {
            if (volume.Encrypted != true) unencrypted ??= volume.DeviceName;
        }
        if (version.EbsVolumes.Count > 0 && unencrypted is null)
            return Pass($"The default version of launch template {template.Name} encrypts all {version.EbsVolumes.Count} of its EBS volumes.");

        var what = unencrypted is null ? "does not map its volumes (they follow the AMI's snapshots)" : $"does not encrypt volume {unencrypted}";
        var region = template.Region is null ? null : context.Index.ByArn<AccountRegion>(AccountRegion.ArnFor(template.AccountId, template.Region));
        if (region is null || region.Unreadable.Contains(nameof(AccountRegion.EbsEncryptionByDefault)))
            return CheckOutcome.Error($"Launch template {template.Name} {what}, and EBS encryption by default in {template.Region} was not collected.");
        return region.EbsEncryptionByDefault switch
        {
            true => Pass($"Launch template {template.Name} {what}, but EBS encryption by default is on in {template.Region}."),
            false => Fail($"The default version ({version.VersionNumber}) of launch template {template.Name} {what}, and EBS encryption by default is off in {template.Region}."),
            null => CheckOutcome.Error($"Launch template {template.Name} {what}, and EBS encryption by default in {template.Region} was not collected."),
        };
    }
}
