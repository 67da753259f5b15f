using Vigil.Core.Model.Ec2;
using Vigil.Importers.CloudFormation.Mapping;
using Vigil.Importers.CloudFormation.Resolution;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::EC2::LaunchTemplate: one version (1), the default, with what LaunchTemplateData says.</summary>
internal sealed class LaunchTemplateMapper : IResourceMapper
{
    public string Type => "AWS::EC2::LaunchTemplate";

    public void Map(MappedResource r, MappingContext context) => context.Add(new LaunchTemplate
    {
        Arn = r.Arn,
        Name = r.Name,
        AccountId = r.Account,
        Region = r.Region,
        Tags = r.Tags(),
        LaunchTemplateId = r.Identity.Ref,
        DefaultVersionNumber = 1,
        LatestVersionNumber = 1,
        DefaultVersion = r.Known("DefaultVersion", "LaunchTemplateData") ? Data(r.Value("LaunchTemplateData") as CfnMap ?? CfnMap.Empty) : null,
    }, r);

    private static LaunchTemplateData Data(CfnMap data) => new()
    {
        VersionNumber = 1,
        MetadataHttpTokens = Text(data, "MetadataOptions.HttpTokens"),
        MetadataHttpEndpoint = Text(data, "MetadataOptions.HttpEndpoint"),
        IamInstanceProfileArn = Text(data, "IamInstanceProfile.Arn"),
        IamInstanceProfileName = Text(data, "IamInstanceProfile.Name"),
        NetworkInterfaces = Items(data, "NetworkInterfaces").Select(i => new LaunchTemplateNetworkInterface
        {
            DeviceIndex = int.TryParse(Text(i, "DeviceIndex"), out var index) ? index : null,
            SubnetId = Text(i, "SubnetId"),
            AssociatePublicIpAddress = Text(i, "AssociatePublicIpAddress") is { } p ? p.Equals("true", StringComparison.OrdinalIgnoreCase) : null,
        }).ToList(),
        EbsVolumes = Items(data, "BlockDeviceMappings").Where(m => m["Ebs"] is CfnMap).Select(m => new LaunchTemplateEbsVolume
        {
            DeviceName = Text(m, "DeviceName") ?? "",
            Encrypted = Text(m, "Ebs.Encrypted") is { } e ? e.Equals("true", StringComparison.OrdinalIgnoreCase) : null,
            KmsKeyId = Text(m, "Ebs.KmsKeyId"),
        }).ToList(),
    };

    private static IEnumerable<CfnMap> Items(CfnMap map, string key) => map[key] is CfnList list ? list.Items.OfType<CfnMap>() : [];

    private static string? Text(CfnMap map, string path) => MappedResource.PathIn(map, path) is CfnString s ? s.Value : null;
}
