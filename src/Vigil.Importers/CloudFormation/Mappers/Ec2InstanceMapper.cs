using Vigil.Core.Model.Ec2;
using Vigil.Importers.CloudFormation.Identity;
using Vigil.Importers.CloudFormation.Mapping;
using Vigil.Importers.CloudFormation.Resolution;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::EC2::Instance, running. Instance metadata options come from the launch template it names; without
/// one, EC2's default for a new instance applies: IMDSv1 and IMDSv2 both allowed (HttpTokens optional) unless the
/// AMI or the account default say otherwise (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html).</summary>
internal sealed class Ec2InstanceMapper : IResourceMapper
{
    public string Type => "AWS::EC2::Instance";

    public void Map(MappedResource r, MappingContext context)
    {
        var interfaces = r.Known("NetworkInterfaceCount", "NetworkInterfaces") && r.Value("NetworkInterfaces") is CfnList list ? list.Items.OfType<CfnMap>().ToList() : [];
        var primary = interfaces.FirstOrDefault(i => i["DeviceIndex"] is CfnString { Value: "0" }) ?? interfaces.FirstOrDefault();
        var subnet = r.Value("SubnetId") ?? primary?["SubnetId"];
        var groups = r.Strings("SecurityGroupIds", "SecurityGroupIds").Concat(r.Strings("SecurityGroupIds", "SecurityGroups"))
            .Concat(primary is null ? [] : MappedResource.StringsOf(primary["GroupSet"])).Distinct().ToList();
        context.Add(new Ec2Instance
        {
            Arn = r.Arn,
            Name = r.Tags().GetValueOrDefault("Name") ?? r.Name,
            AccountId = r.Account,
            Region = r.Region,
            Tags = r.Tags(),
            InstanceId = r.Identity.Ref,
            InstanceType = r.String("InstanceType", "InstanceType") ?? "m1.small",
            ImageId = r.String("ImageId", "ImageId"),
            SubnetId = r.Known("SubnetId", "SubnetId") && subnet is CfnString s ? s.Value : null,
            VpcId = context.Declared(subnet, "AWS::EC2::Subnet")?.Properties["VpcId"] is CfnString vpc ? vpc.Value : null,
            PublicIpAddress = PublicIp(r, context, primary, subnet),
            IamInstanceProfileArn = r.String("IamInstanceProfileArn", "IamInstanceProfile") is { } profile
                ? profile.StartsWith("arn:", StringComparison.Ordinal) ? profile : $"arn:{r.Arn.Split(':')[1]}:iam::{r.Account}:instance-profile/{profile}"
                : null,
            SecurityGroupIds = groups,
            MetadataOptions = MetadataOptions(r, context),
            NetworkInterfaceCount = Math.Max(1, interfaces.Count),
        }, r);
    }

    private static string? PublicIp(MappedResource r, MappingContext context, CfnMap? primary, CfnValue? subnet)
    {
        var address = $"198.51.100.{Convert.ToInt32(SyntheticIds.Hex(r.Arn, 2), 16) % 254 + 1}";
        switch (primary?["AssociatePublicIpAddress"])
        {
            case CfnString explicitly:
                return explicitly.Value.Equals("true", StringComparison.OrdinalIgnoreCase) ? address : null;
            case CfnUnknown unknown:
                r.MarkUnknown("PublicIpAddress", $"NetworkInterfaces[0].AssociatePublicIpAddress is {unknown.Reason}");
                return null;
        }
        if (subnet is null) return address;
        if (context.Declared(subnet, "AWS::EC2::Subnet") is { } declared)
            return declared.Properties["MapPublicIpOnLaunch"] switch
            {
                CfnString { Value: var v } when v.Equals("true", StringComparison.OrdinalIgnoreCase) => address,
                CfnUnknown u => Unknown(r, $"the subnet's MapPublicIpOnLaunch is {u.Reason}"),
                _ => null,
            };
        return Unknown(r, subnet is CfnUnknown u2
            ? $"SubnetId is {u2.Reason}"
            : "decided by the MapPublicIpOnLaunch setting of its subnet, which the template does not declare");
    }

    private static string? Unknown(MappedResource r, string reason)
    {
        r.MarkUnknown("PublicIpAddress", reason);
        return null;
    }

    private static InstanceMetadataOptions MetadataOptions(MappedResource r, MappingContext context)
    {
        var template = context.Declared(r.Value("LaunchTemplate.LaunchTemplateId"), "AWS::EC2::LaunchTemplate")
            ?? context.Declared(r.Value("LaunchTemplate.LaunchTemplateName"), "AWS::EC2::LaunchTemplate");
        if (template is null) return new InstanceMetadataOptions { HttpTokens = "optional", HttpEndpoint = "enabled", HttpPutResponseHopLimit = 1 };
        var options = MappedResource.PathIn(template.Properties, "LaunchTemplateData.MetadataOptions");
        if (CfnValues.FirstUnknown(options ?? CfnMap.Empty, "LaunchTemplateData.MetadataOptions") is { } unknown)
            r.MarkUnknown("MetadataOptions", $"{unknown.Path} of {template.Declaration.LogicalId} is {unknown.Reason}");
        return new InstanceMetadataOptions
        {
            HttpTokens = MappedResource.PathIn(options, "HttpTokens") is CfnString t ? t.Value : "optional",
            HttpEndpoint = MappedResource.PathIn(options, "HttpEndpoint") is CfnString e ? e.Value : "enabled",
            HttpPutResponseHopLimit = int.TryParse((MappedResource.PathIn(options, "HttpPutResponseHopLimit") as CfnString)?.Value, out var hops) ? hops : 1,
        };
    }
}
