using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model;
using Vigil.Core.Model.Ec2;

namespace Vigil.Aws.Collectors.Ec2;

/// <summary>EC2 instances (DescribeInstances), terminated ones left out.</summary>
internal static partial class InstanceReader
{
    public static async Task ReadAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var reservations = await target.ListAsync(sink, "ec2", "DescribeInstances", null, "Reservations", ResourceTypes.Ec2Instance, cancellationToken).ConfigureAwait(false);
        if (reservations is null) return;
        sink.AddRange(reservations
            .SelectMany(r => r.Items("Instances"))
            .Where(i => i["State"].Text("Name") != "terminated")
            .Select(i => ToInstance(target, i)));
    }

    private static Ec2Instance ToInstance(CollectionTarget target, JsonNode instance)
    {
        var id = instance.Text("InstanceId") ?? throw new InvalidDataException("DescribeInstances returned an instance without InstanceId");
        var tags = instance.KeyValueTags();
        var metadata = instance["MetadataOptions"];
        return new Ec2Instance
        {
            Arn = Ec2Names.Arn(target, "instance", id),
            Name = Ec2Names.NameOf(tags, id),
            AccountId = target.AccountId,
            Region = target.Region,
            Tags = tags,
            InstanceId = id,
            InstanceType = instance.Text("InstanceType"),
            State = instance["State"].Text("Name") ?? throw new InvalidDataException($"DescribeInstances returned instance {id} without State"),
            LaunchTime = instance.Time("LaunchTime"),
            StateTransitionTime = TransitionTime(instance.Text("StateTransitionReason")),
            ImageId = instance.Text("ImageId"),
            VpcId = instance.Text("VpcId"),
            SubnetId = instance.Text("SubnetId"),
            PublicIpAddress = instance.Text("PublicIpAddress"),
            PrivateIpAddress = instance.Text("PrivateIpAddress"),
            IamInstanceProfileArn = instance["IamInstanceProfile"].Text("Arn"),
            SecurityGroupIds = instance.TextsOf("SecurityGroups", "GroupId"),
            MetadataOptions = metadata is null ? null : new InstanceMetadataOptions
            {
                HttpTokens = metadata.Text("HttpTokens") ?? "optional",
                HttpEndpoint = metadata.Text("HttpEndpoint") ?? "enabled",
                HttpPutResponseHopLimit = metadata.Integer("HttpPutResponseHopLimit") ?? 0,
            },
            NetworkInterfaceCount = instance.Items("NetworkInterfaces").Count(),
            VirtualizationType = instance.Text("VirtualizationType") ?? throw new InvalidDataException($"DescribeInstances returned instance {id} without VirtualizationType"),
            VolumeIds = [.. instance.Items("BlockDeviceMappings").Select(m => m["Ebs"].Text("VolumeId")).OfType<string>()],
        };
    }

    /// <summary>EC2 gives the time of the last state change only inside the reason text: "User initiated (2024-05-01 12:00:00 GMT)".</summary>
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
