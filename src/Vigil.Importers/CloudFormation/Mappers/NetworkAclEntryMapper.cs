using Vigil.Core.Model.Ec2;
using Vigil.Importers.CloudFormation.Mapping;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::EC2::NetworkAclEntry: one numbered rule of the network ACL it names.</summary>
internal sealed class NetworkAclEntryMapper : IResourceMapper
{
    public string Type => "AWS::EC2::NetworkAclEntry";

    public bool ConfiguresAnother => true;

    public void Map(MappedResource r, MappingContext context)
    {
        if (context.Target<NetworkAcl>(r.Value("NetworkAclId")) is not { } acl) return;
        r.Known("Entries", "", r.Properties);
        var protocol = r.Value("Protocol") is Resolution.CfnString p ? p.Value : "-1";
        var entry = new NetworkAclEntry
        {
            RuleNumber = r.Int("Entries", "RuleNumber") ?? 0,
            Protocol = protocol,
            RuleAction = (r.String("Entries", "RuleAction") ?? "deny").ToLowerInvariant(),
            Egress = r.Bool("Entries", "Egress") ?? false,
            CidrBlock = r.String("Entries", "CidrBlock"),
            Ipv6CidrBlock = r.String("Entries", "Ipv6CidrBlock"),
            FromPort = protocol == "-1" ? null : r.Int("Entries", "PortRange.From"),
            ToPort = protocol == "-1" ? null : r.Int("Entries", "PortRange.To"),
        };
        context.Join<NetworkAcl>(r, acl, "Entries", a => a with { Entries = [.. a.Entries, entry] });
    }
}
