using Vigil.Core.Model.Ec2;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>aws_launch_template, its planned data being its default version (1). The provider writes the tri-state
/// arguments associate_public_ip_address and encrypted as the strings "true", "false" or "" (not set).</summary>
internal sealed class LaunchTemplateMapper : IResourceMapper
{
    public string Type => "aws_launch_template";

    public void Map(PlanInstance instance, MappingContext context)
    {
        var identity = context.Identity(instance);
        var unknowns = new Unknowns();
        var interfaces = context.Read(instance, "network_interfaces");
        var devices = context.Read(instance, "block_device_mappings");
        var profileArn = context.Read(instance, "iam_instance_profile[0].arn");
        var profileName = context.Read(instance, "iam_instance_profile[0].name");
        unknowns.Track("DefaultVersion", interfaces);
        unknowns.Track("DefaultVersion", devices);
        context.Add(new LaunchTemplate
        {
            Arn = identity.Arn,
            Name = identity.Name,
            AccountId = context.AccountId,
            Region = context.Region(instance),
            Tags = context.Tags(instance),
            Location = context.Location(instance),
            LaunchTemplateId = identity.Id,
            DefaultVersionNumber = 1,
            LatestVersionNumber = 1,
            DefaultVersion = new LaunchTemplateData
            {
                VersionNumber = 1,
                MetadataHttpTokens = context.Read(instance, "metadata_options[0].http_tokens").String,
                MetadataHttpEndpoint = context.Read(instance, "metadata_options[0].http_endpoint").String,
                IamInstanceProfileArn = ProfileArn(profileArn, profileName, context),
                IamInstanceProfileName = profileName.Referenced is null ? profileName.String : null,
                NetworkInterfaces = interfaces.Items.Select(n => new LaunchTemplateNetworkInterface
                {
                    DeviceIndex = JsonFields.Number(n, "device_index"),
                    SubnetId = JsonFields.Text(n, "subnet_id"),
                    AssociatePublicIpAddress = JsonFields.Bool(n, "associate_public_ip_address"),
                }).ToList(),
                EbsVolumes = devices.Items.Where(d => JsonFields.First(d, "ebs") is not null).Select(d =>
                {
                    var ebs = JsonFields.First(d, "ebs")!.Value;
                    return new LaunchTemplateEbsVolume
                    {
                        DeviceName = JsonFields.Text(d, "device_name") ?? "",
                        Encrypted = JsonFields.Bool(ebs, "encrypted"),
                        KmsKeyId = JsonFields.Text(ebs, "kms_key_id"),
                    };
                }).ToList(),
            },
        }, unknowns);
    }

    /// <summary>The profile's ARN as written, or that of the planned aws_iam_instance_profile the arn or name refers to.</summary>
    private static string? ProfileArn(PlanValue arn, PlanValue name, MappingContext context) =>
        arn.Referenced is { } byArn ? context.Identity(byArn).Arn
        : arn.String is { } written ? written
        : name.Referenced is { } byName ? context.Identity(byName).Arn
        : null;
}
