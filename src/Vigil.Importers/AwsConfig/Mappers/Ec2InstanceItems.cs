using System.Globalization;
using System.Text.RegularExpressions;
using Vigil.Core.Model;
using Vigil.Core.Model.Ec2;
using Vigil.Importers.Detection;

namespace Vigil.Importers.AwsConfig.Mappers;

/// <summary>AWS::EC2::Instance: DescribeInstances' instance.</summary>
internal sealed partial class Ec2InstanceItems : IConfigItemMapper
{
    public string ResourceType => ResourceTypes.Ec2Instance;

    public void Map(ConfigItem item, ConfigImport import)
    {
        var c = item.Configuration;
        var id = c.Text("instanceId") ?? item.ResourceId;
        var metadata = c.Object("metadataOptions");
        var instance = new Ec2Instance
        {
            Arn = ConfigNames.Arn(item, "ec2", $"instance/{id}"),
            Name = ConfigNames.TagNameOr(item, id),
            AccountId = item.AccountId,
            Region = item.Region,
            Tags = item.Tags,
            InstanceId = id,
            InstanceType = c.Text("instanceType"),
            State = c.Object("state").Text("name") ?? "running",
            LaunchTime = c.Time("launchTime"),
            StateTransitionTime = TransitionTime(c.Text("stateTransitionReason")),
            ImageId = c.Text("imageId"),
            VpcId = c.Text("vpcId"),
            SubnetId = c.Text("subnetId"),
            PublicIpAddress = c.Text("publicIpAddress"),
            PrivateIpAddress = c.Text("privateIpAddress"),
            IamInstanceProfileArn = c.Object("iamInstanceProfile").Text("arn"),
            SecurityGroupIds = [.. c.Items("securityGroups").Select(g => g.Text("groupId")).OfType<string>()],
            MetadataOptions = metadata is null ? null : new InstanceMetadataOptions
            {
                HttpTokens = metadata.Text("httpTokens") ?? "optional",
                HttpEndpoint = metadata.Text("httpEndpoint") ?? "enabled",
                HttpPutResponseHopLimit = (int)(metadata.Number("httpPutResponseHopLimit") ?? 1),
            },
            NetworkInterfaceCount = c.Items("networkInterfaces").Count(),
            VirtualizationType = c.Text("virtualizationType") ?? "hvm",
            VolumeIds = [.. c.Items("blockDeviceMappings").Select(m => m.Object("ebs").Text("volumeId")).OfType<string>()],
        };
        var missing = new MissingProperties("ec2", ResourceType).AddIf(metadata is null, nameof(Ec2Instance.MetadataOptions), "DescribeInstances");
        import.Add(import.Missing(instance, missing.List));
    }

    /// <summary>When a stopped instance stopped, from its StateTransitionReason ("User initiated (2024-01-02 03:04:05 GMT)").</summary>
    private static DateTimeOffset? TransitionTime(string? reason)
    {
        if (reason is null) return null;
        var match = TransitionPattern().Match(reason);
        return match.Success && DateTimeOffset.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : null;
    }

    [GeneratedRegex(@"\((\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) GMT\)")]
    private static partial Regex TransitionPattern();
}
