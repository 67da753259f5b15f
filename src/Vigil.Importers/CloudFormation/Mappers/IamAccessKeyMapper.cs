using Vigil.Core.Model.Iam;
using Vigil.Importers.CloudFormation.Identity;
using Vigil.Importers.CloudFormation.Mapping;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::IAM::AccessKey: an access key of the user it names (Active unless Status says Inactive).</summary>
internal sealed class IamAccessKeyMapper : IResourceMapper
{
    public string Type => "AWS::IAM::AccessKey";

    public bool ConfiguresAnother => true;

    public void Map(MappedResource r, MappingContext context)
    {
        if (context.Target<IamUser>(r.Value("UserName")) is not { } user) return;
        var key = new AccessKey { AccessKeyId = "AKIA" + SyntheticIds.Hex(r.Arn, 16).ToUpperInvariant(), Status = r.String("AccessKeys", "Status") ?? "Active" };
        context.Join<IamUser>(r, user, "AccessKeys", u => u with { AccessKeys = [.. u.AccessKeys, key] });
    }
}
