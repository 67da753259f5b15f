using Vigil.Aws.Collection;

namespace Vigil.Aws.Collectors.Ec2;

/// <summary>EC2, VPC and EBS in one region: instances, security groups, network ACLs, VPCs, subnets, volumes, the
/// account's snapshots and images, Elastic IPs and the regional EBS settings, all read concurrently.</summary>
internal sealed class Ec2Collector : IResourceCollector
{
    public string Service => "ec2";
    public bool Regional => true;

    public IReadOnlyList<string> Actions { get; } =
    [
        "ec2:DescribeAddresses", "ec2:DescribeFlowLogs", "ec2:DescribeImageAttribute", "ec2:DescribeImages",
        "ec2:DescribeInstances", "ec2:DescribeNetworkAcls", "ec2:DescribeNetworkInterfaces", "ec2:DescribeRouteTables",
        "ec2:DescribeSecurityGroups", "ec2:DescribeSnapshotAttribute", "ec2:DescribeSnapshots", "ec2:DescribeSubnets",
        "ec2:DescribeVolumes", "ec2:DescribeVpcEndpoints", "ec2:DescribeVpcs", "ec2:GetEbsEncryptionByDefault",
        "ec2:GetImageBlockPublicAccessState", "ec2:GetSnapshotBlockPublicAccessState",
    ];

    public Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken) => Task.WhenAll(
        InstanceReader.ReadAsync(target, sink, cancellationToken),
        SecurityGroupReader.ReadAsync(target, sink, cancellationToken),
        NetworkAclReader.ReadAsync(target, sink, cancellationToken),
        VpcReader.ReadAsync(target, sink, cancellationToken),
        SubnetReader.ReadAsync(target, sink, cancellationToken),
        VolumeReader.ReadAsync(target, sink, cancellationToken),
        EbsSnapshotReader.ReadAsync(target, sink, cancellationToken),
        AmiReader.ReadAsync(target, sink, cancellationToken),
        ElasticIpReader.ReadAsync(target, sink, cancellationToken),
        Ec2AccountSettingsReader.ReadAsync(target, sink, cancellationToken));
}
