using Vigil.Core.Model.Ec2;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>aws_subnet; a new subnet does not map public IPs on launch unless map_public_ip_on_launch says so.</summary>
internal sealed class SubnetMapper : IResourceMapper
{
    public string Type => "aws_subnet";

    public void Map(PlanInstance instance, MappingContext context)
    {
        var identity = context.Identity(instance);
        var unknowns = new Unknowns();
        var map = context.Read(instance, "map_public_ip_on_launch");
        unknowns.Track("MapPublicIpOnLaunch", map);
        var zone = context.Read(instance, "availability_zone");
        unknowns.Track("AvailabilityZone", zone);
        context.Add(new Subnet
        {
            Arn = identity.Arn,
            Name = identity.Name,
            AccountId = context.AccountId,
            Region = context.Region(instance),
            Tags = context.Tags(instance),
            Location = context.Location(instance),
            SubnetId = identity.Id,
            VpcId = context.IdText(context.Read(instance, "vpc_id")) ?? "",
            CidrBlock = context.Read(instance, "cidr_block").String,
            AvailabilityZone = zone.String,
            MapPublicIpOnLaunch = map.Bool ?? false,
        }, unknowns);
    }
}
