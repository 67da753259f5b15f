using Vigil.Core.Model.Ec2;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>aws_instance, planned as running. A public IPv4 address is assigned at launch when
/// associate_public_ip_address is true, or, when it is not set, when the subnet maps public IPs on launch; the metadata
/// service accepts IMDSv1 unless metadata_options says otherwise (EC2's default for AMIs that do not require IMDSv2).</summary>
internal sealed class Ec2InstanceMapper : IResourceMapper
{
    /// <summary>Stands for the address EC2 assigns at launch, which no plan knows.</summary>
    public const string AssignedAtLaunch = "(assigned at launch)";

    public string Type => "aws_instance";

    public void Map(PlanInstance instance, MappingContext context)
    {
        var identity = context.Identity(instance);
        var unknowns = new Unknowns();
        var subnet = context.Read(instance, "subnet_id");
        var profile = context.Read(instance, "iam_instance_profile");
        unknowns.Track("IamInstanceProfileArn", profile);
        var tokens = context.Read(instance, "metadata_options[0].http_tokens");
        var endpoint = context.Read(instance, "metadata_options[0].http_endpoint");
        unknowns.Track("MetadataOptions", tokens);
        var record = new Ec2Instance
        {
            Arn = identity.Arn,
            Name = identity.Name,
            AccountId = context.AccountId,
            Region = context.Region(instance),
            Tags = context.Tags(instance),
            Location = context.Location(instance),
            InstanceId = identity.Id,
            InstanceType = context.Read(instance, "instance_type").String,
            ImageId = context.Read(instance, "ami").String,
            SubnetId = context.IdText(subnet),
            VpcId = subnet.Referenced is { } planned ? context.IdText(context.Read(planned, "vpc_id")) : null,
            PublicIpAddress = PublicIp(instance, subnet, context, unknowns),
            PrivateIpAddress = context.Read(instance, "private_ip").String,
            IamInstanceProfileArn = ProfileArn(profile, context),
            SecurityGroupIds = context.IdList(context.Read(instance, "vpc_security_group_ids")),
            MetadataOptions = new InstanceMetadataOptions
            {
                HttpTokens = tokens.String ?? "optional",
                HttpEndpoint = endpoint.String ?? "enabled",
                HttpPutResponseHopLimit = context.Read(instance, "metadata_options[0].http_put_response_hop_limit").Int ?? 1,
            },
            NetworkInterfaceCount = Math.Max(1, context.Read(instance, "network_interface").Items.Count),
            VolumeIds = Ec2InstanceVolumes.Map(instance, identity, context).ToList(),
        };
        context.Add(record, unknowns);
    }

    private static string? PublicIp(PlanInstance instance, PlanValue subnet, MappingContext context, Unknowns unknowns)
    {
        var associate = context.Read(instance, "associate_public_ip_address");
        if (unknowns.Track("PublicIpAddress", associate)) return null;
        if (associate.Bool is { } explicitly) return explicitly ? AssignedAtLaunch : null;
        if (subnet.Referenced is { } planned)
        {
            var map = context.Read(planned, "map_public_ip_on_launch");
            if (!unknowns.Track("PublicIpAddress", map)) return map.Bool == true ? AssignedAtLaunch : null;
            return null;
        }
        if (subnet.IsAbsent) return AssignedAtLaunch;
        unknowns.Add("PublicIpAddress", $"associate_public_ip_address is not set, so the subnet {context.IdText(subnet) ?? "(unknown)"} decides whether {instance.Address} gets a public IP, and that subnet is not in the plan.");
        return null;
    }

    private static string? ProfileArn(PlanValue profile, MappingContext context) => profile.Kind switch
    {
        PlanValueKind.Reference => context.Identity(profile.Referenced!).Arn,
        PlanValueKind.Known when profile.String is { } name => $"arn:aws:iam::{context.AccountId}:instance-profile/{name}",
        _ => null,
    };
}
