using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Aws.Collectors.Ec2;
using Vigil.Core.Model;
using Vigil.Core.Model.Ec2;

namespace Vigil.Aws.Collectors.LaunchTemplates;

/// <summary>EC2 launch templates (DescribeLaunchTemplates) with the data of their default versions, all read in one
/// paginated DescribeLaunchTemplateVersions call for $Default (no template named: every template's default version).</summary>
internal sealed class LaunchTemplateCollector : IResourceCollector
{
    public string Service => "ec2";
    public bool Regional => true;
    public IReadOnlyList<string> Actions { get; } = ["ec2:DescribeLaunchTemplateVersions", "ec2:DescribeLaunchTemplates"];

    public async Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var templatesTask = target.ListAsync(sink, "ec2", "DescribeLaunchTemplates", null, "LaunchTemplates", ResourceTypes.LaunchTemplate, cancellationToken);
        var versionsTask = target.TryListAsync("ec2", "DescribeLaunchTemplateVersions", new JsonObject { ["Versions"] = new JsonArray("$Default") },
            "LaunchTemplateVersions", cancellationToken);
        var templates = await templatesTask.ConfigureAwait(false);
        var versions = await versionsTask.ConfigureAwait(false);
        if (templates is null) return;

        var defaults = new Dictionary<string, LaunchTemplateData>(StringComparer.Ordinal);
        foreach (var version in versions.Items ?? [])
        {
            if (version.Text("LaunchTemplateId") is { } id) defaults[id] = ToData(version);
        }
        foreach (var node in templates)
        {
            var template = ToTemplate(target, node);
            if (versions.Failure is { } failure)
            {
                sink.Add(template with { Unreadable = [nameof(LaunchTemplate.DefaultVersion)] });
                sink.Failed(failure, target.AccountId, ResourceTypes.LaunchTemplate, template.Arn, nameof(LaunchTemplate.DefaultVersion));
                continue;
            }
            // A template created after the versions were listed has no default version in the answer: unknown, not empty.
            sink.Add(defaults.TryGetValue(template.LaunchTemplateId, out var data)
                ? template with { DefaultVersion = data }
                : template with { Unreadable = [nameof(LaunchTemplate.DefaultVersion)] });
        }
    }

    private static LaunchTemplate ToTemplate(CollectionTarget target, JsonNode template)
    {
        var id = template.Text("LaunchTemplateId") ?? throw new InvalidDataException("DescribeLaunchTemplates returned a template without LaunchTemplateId");
        var tags = template.KeyValueTags();
        return new LaunchTemplate
        {
            Arn = Ec2Names.Arn(target, "launch-template", id),
            Name = template.Text("LaunchTemplateName") ?? id,
            AccountId = target.AccountId,
            Region = target.Region,
            Tags = tags,
            LaunchTemplateId = id,
            DefaultVersionNumber = template.Number("DefaultVersionNumber"),
            LatestVersionNumber = template.Number("LatestVersionNumber"),
        };
    }

    private static LaunchTemplateData ToData(JsonNode version)
    {
        var data = version["LaunchTemplateData"];
        var metadata = data?["MetadataOptions"];
        return new LaunchTemplateData
        {
            VersionNumber = version.Number("VersionNumber"),
            MetadataHttpTokens = metadata.Text("HttpTokens"),
            MetadataHttpEndpoint = metadata.Text("HttpEndpoint"),
            IamInstanceProfileArn = data?["IamInstanceProfile"].Text("Arn"),
            IamInstanceProfileName = data?["IamInstanceProfile"].Text("Name"),
            NetworkInterfaces =
            [
                .. data.Items("NetworkInterfaces").Select(n => new LaunchTemplateNetworkInterface
                {
                    DeviceIndex = n.Integer("DeviceIndex"),
                    SubnetId = n.Text("SubnetId"),
                    AssociatePublicIpAddress = n.Flag("AssociatePublicIpAddress"),
                }),
            ],
            EbsVolumes =
            [
                .. data.Items("BlockDeviceMappings").Where(m => m["Ebs"] is not null).Select(m => new LaunchTemplateEbsVolume
                {
                    DeviceName = m.Text("DeviceName") ?? "",
                    Encrypted = m["Ebs"].Flag("Encrypted"),
                    KmsKeyId = m["Ebs"].Text("KmsKeyId"),
                }),
            ],
        };
    }
}
