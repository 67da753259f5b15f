using System.Globalization;
using System.Text.Json.Nodes;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.Ec2;
using Vigil.ScriptedAws.Script;

namespace Vigil.ScriptedAws.Accounts;

/// <summary>EC2, VPC and EBS per region: instances (one reservation each), security groups with network
/// interfaces for their attachment counts, VPCs with flow logs and endpoints, subnets with route tables for those
/// that route to an internet gateway, volumes, snapshots with their createVolumePermission attribute, and the
/// region's EBS and block-public-access settings.</summary>
internal static class Ec2Script
{
    public static void Add(AccountScope scope, ScriptedAccount script)
    {
        foreach (var region in scope.Regions)
        {
            void Answer(string operation, JsonObject output) => script.Answer("ec2", operation, output, region);
            Answer("DescribeInstances", new JsonObject { ["Reservations"] = Trees.Array(scope.In<Ec2Instance>(region).Select(i => Reservation(scope.AccountId, i))) });
            var groups = scope.In<SecurityGroup>(region).ToList();
            Answer("DescribeSecurityGroups", new JsonObject { ["SecurityGroups"] = Trees.Array(groups.Select(g => Group(scope.AccountId, g))) });
            Answer("DescribeNetworkInterfaces", new JsonObject { ["NetworkInterfaces"] = Trees.Array(Interfaces(groups)) });
            var vpcs = scope.In<Vpc>(region).ToList();
            Answer("DescribeVpcs", new JsonObject { ["Vpcs"] = Trees.Array(vpcs.Select(Vpc)) });
            Answer("DescribeFlowLogs", new JsonObject { ["FlowLogs"] = Trees.Array(vpcs.SelectMany(v => v.FlowLogs.Select(f => FlowLog(v, f)))) });
            Answer("DescribeVpcEndpoints", new JsonObject
            {
                ["VpcEndpoints"] = Trees.Array(vpcs.SelectMany(v => v.EndpointServiceNames.Select((service, n) => new JsonObject
                {
                    ["VpcEndpointId"] = $"vpce-{v.VpcId}-{n}", ["VpcEndpointType"] = "Gateway", ["VpcId"] = v.VpcId, ["ServiceName"] = service, ["State"] = "available",
                }))),
            });
            var subnets = scope.In<Subnet>(region).ToList();
            Answer("DescribeSubnets", new JsonObject { ["Subnets"] = Trees.Array(subnets.Select(Subnet)) });
            Answer("DescribeRouteTables", new JsonObject { ["RouteTables"] = Trees.Array(subnets.Where(s => s.HasInternetGatewayRoute == true).Select(RouteTable)) });
            Answer("DescribeVolumes", new JsonObject { ["Volumes"] = Trees.Array(scope.In<EbsVolume>(region).Select(Volume)) });
            var snapshots = scope.In<EbsSnapshot>(region).ToList();
            Answer("DescribeSnapshots", new JsonObject { ["Snapshots"] = Trees.Array(snapshots.Select(s => Snapshot(scope.AccountId, s))) });
            foreach (var snapshot in snapshots)
            {
                script.Answer("ec2", "DescribeSnapshotAttribute", new JsonObject
                {
                    ["SnapshotId"] = snapshot.SnapshotId,
                    ["CreateVolumePermissions"] = Trees.Array((snapshot.Public ? [new JsonObject { ["Group"] = "all" }] : Enumerable.Empty<JsonObject>())
                        .Concat(snapshot.SharedWithAccounts.Select(a => new JsonObject { ["UserId"] = a }))),
                }, region, new JsonObject { ["SnapshotId"] = snapshot.SnapshotId });
            }
            AddSettings(scope, script, region);
        }
    }

    private static void AddSettings(AccountScope scope, ScriptedAccount script, string region)
    {
        var settings = scope.In<AccountRegion>(region).FirstOrDefault();
        if (settings?.EbsEncryptionByDefault is { } ebs) script.Answer("ec2", "GetEbsEncryptionByDefault", new JsonObject { ["EbsEncryptionByDefault"] = ebs, ["SseType"] = "sse-ebs" }, region);
        if (settings?.SnapshotBlockPublicAccess is { } snapshots)
        {
            script.Answer("ec2", "GetSnapshotBlockPublicAccessState", new JsonObject { ["State"] = snapshots ? "block-all-sharing" : "unblocked", ["ManagedBy"] = "account" }, region);
        }
        if (settings?.ImageBlockPublicAccess is { } images)
        {
            script.Answer("ec2", "GetImageBlockPublicAccessState", new JsonObject { ["ImageBlockPublicAccessState"] = images ? "block-new-sharing" : "unblocked", ["ManagedBy"] = "account" }, region);
        }
    }

    private static JsonArray Tags(Vigil.Core.Model.Resource resource, string id)
    {
        var tags = resource.Tags.ToDictionary(StringComparer.Ordinal);
        if (resource.Name != id) tags["Name"] = resource.Name;
        return Trees.KeyValueTags(tags);
    }

    private static JsonObject Reservation(string accountId, Ec2Instance instance) => new()
    {
        ["ReservationId"] = "r-" + instance.InstanceId,
        ["OwnerId"] = accountId,
        ["Instances"] = new JsonArray(Trees.Object(
            ("InstanceId", instance.InstanceId), ("InstanceType", instance.InstanceType), ("ImageId", instance.ImageId),
            ("State", new JsonObject { ["Code"] = instance.State == "running" ? 16 : 80, ["Name"] = instance.State }),
            ("LaunchTime", Trees.Iso(instance.LaunchTime)),
            ("StateTransitionReason", instance.StateTransitionTime is { } t ? $"User initiated ({t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} GMT)" : ""),
            ("VpcId", instance.VpcId), ("SubnetId", instance.SubnetId), ("PublicIpAddress", instance.PublicIpAddress), ("PrivateIpAddress", instance.PrivateIpAddress),
            ("IamInstanceProfile", instance.IamInstanceProfileArn is { } profile ? new JsonObject { ["Arn"] = profile, ["Id"] = "AIPA" + instance.InstanceId.ToUpperInvariant() } : null),
            ("SecurityGroups", Trees.Array(instance.SecurityGroupIds.Select(g => new JsonObject { ["GroupId"] = g, ["GroupName"] = g }))),
            ("MetadataOptions", instance.MetadataOptions is { } m
                ? new JsonObject { ["State"] = "applied", ["HttpTokens"] = m.HttpTokens, ["HttpPutResponseHopLimit"] = m.HttpPutResponseHopLimit, ["HttpEndpoint"] = m.HttpEndpoint }
                : null),
            ("NetworkInterfaces", Trees.Array(Enumerable.Range(0, instance.NetworkInterfaceCount).Select(n => new JsonObject { ["NetworkInterfaceId"] = $"eni-{instance.InstanceId}-{n}" }))),
            ("VirtualizationType", instance.VirtualizationType),
            ("BlockDeviceMappings", Trees.Array(instance.VolumeIds.Select((v, n) => new JsonObject
            {
                ["DeviceName"] = $"/dev/xvd{(char)('a' + n % 26)}",
                ["Ebs"] = new JsonObject { ["VolumeId"] = v, ["Status"] = "attached", ["DeleteOnTermination"] = true },
            }))),
            ("Tags", Tags(instance, instance.InstanceId)))),
    };

    private static JsonObject Group(string accountId, SecurityGroup group) => Trees.Object(
        ("GroupId", group.GroupId), ("GroupName", group.Name), ("OwnerId", accountId), ("VpcId", group.VpcId), ("Description", group.Description ?? ""),
        ("IpPermissions", Trees.Array(group.Ingress.Select(Rule))), ("IpPermissionsEgress", Trees.Array(group.Egress.Select(Rule))),
        ("Tags", Trees.KeyValueTags(group.Tags)));

    private static JsonObject Rule(SecurityGroupRule rule) => Trees.Object(
        ("IpProtocol", rule.Protocol), ("FromPort", rule.FromPort), ("ToPort", rule.ToPort),
        ("IpRanges", Trees.Array(rule.Ipv4Ranges.Select(c => new JsonObject { ["CidrIp"] = c }))),
        ("Ipv6Ranges", Trees.Array(rule.Ipv6Ranges.Select(c => new JsonObject { ["CidrIpv6"] = c }))),
        ("UserIdGroupPairs", Trees.Array(rule.ReferencedGroupIds.Select(g => new JsonObject { ["GroupId"] = g }))),
        ("PrefixListIds", Trees.Array(rule.PrefixListIds.Select(p => new JsonObject { ["PrefixListId"] = p }))));

    /// <summary>As many interfaces per group as the group has attachments.</summary>
    private static IEnumerable<JsonObject> Interfaces(IEnumerable<SecurityGroup> groups) => groups.SelectMany(g =>
        Enumerable.Range(0, g.AttachmentCount ?? 0).Select(n => new JsonObject
        {
            ["NetworkInterfaceId"] = $"eni-{g.GroupId}-{n}",
            ["Groups"] = new JsonArray(new JsonObject { ["GroupId"] = g.GroupId, ["GroupName"] = g.Name }),
            ["Status"] = "in-use",
        }));

    private static JsonObject Vpc(Vpc vpc) => Trees.Object(
        ("VpcId", vpc.VpcId), ("CidrBlock", vpc.CidrBlock), ("IsDefault", vpc.IsDefault), ("State", "available"), ("Tags", Tags(vpc, vpc.VpcId)));

    private static JsonObject FlowLog(Vpc vpc, FlowLog log) => Trees.Object(
        ("FlowLogId", log.FlowLogId), ("ResourceId", vpc.VpcId), ("TrafficType", log.TrafficType), ("FlowLogStatus", log.Status), ("LogDestination", log.LogDestination));

    private static JsonObject Subnet(Subnet subnet) => Trees.Object(
        ("SubnetId", subnet.SubnetId), ("SubnetArn", subnet.Arn), ("VpcId", subnet.VpcId), ("CidrBlock", subnet.CidrBlock),
        ("AvailabilityZone", subnet.AvailabilityZone), ("MapPublicIpOnLaunch", subnet.MapPublicIpOnLaunch), ("DefaultForAz", subnet.DefaultForAz),
        ("State", "available"), ("Tags", Tags(subnet, subnet.SubnetId)));

    private static JsonObject RouteTable(Subnet subnet) => new()
    {
        ["RouteTableId"] = "rtb-" + subnet.SubnetId,
        ["VpcId"] = subnet.VpcId,
        ["Associations"] = new JsonArray(new JsonObject { ["Main"] = false, ["RouteTableAssociationId"] = "rtbassoc-" + subnet.SubnetId, ["SubnetId"] = subnet.SubnetId }),
        ["Routes"] = new JsonArray(new JsonObject { ["DestinationCidrBlock"] = "0.0.0.0/0", ["GatewayId"] = "igw-fake", ["State"] = "active", ["Origin"] = "CreateRoute" }),
    };

    private static JsonObject Volume(EbsVolume volume) => Trees.Object(
        ("VolumeId", volume.VolumeId), ("Encrypted", volume.Encrypted), ("KmsKeyId", volume.KmsKeyId), ("State", volume.State), ("Size", volume.SizeGiB),
        ("VolumeType", volume.VolumeType),
        ("Attachments", Trees.Array(volume.AttachedInstanceIds.Select(i => new JsonObject
        {
            ["InstanceId"] = i, ["VolumeId"] = volume.VolumeId, ["State"] = "attached", ["DeleteOnTermination"] = volume.DeleteOnTermination, ["Device"] = "/dev/xvda",
        }))),
        ("Tags", Tags(volume, volume.VolumeId)));

    private static JsonObject Snapshot(string accountId, EbsSnapshot snapshot) => Trees.Object(
        ("SnapshotId", snapshot.SnapshotId), ("VolumeId", snapshot.VolumeId), ("Encrypted", snapshot.Encrypted), ("KmsKeyId", snapshot.KmsKeyId),
        ("StartTime", Trees.Iso(snapshot.StartTime)), ("State", "completed"), ("OwnerId", accountId), ("Tags", Tags(snapshot, snapshot.SnapshotId)));
}
