using Vigil.Core.Model.Iam;
using Vigil.Importers.CloudFormation.Mapping;
using Vigil.Importers.CloudFormation.Resolution;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::IAM::UserToGroupAddition: adds the group to each user's Groups.</summary>
internal sealed class IamUserToGroupAdditionMapper : IResourceMapper
{
    public string Type => "AWS::IAM::UserToGroupAddition";

    public bool ConfiguresAnother => true;

    public void Map(MappedResource r, MappingContext context)
    {
        if (r.String("Groups", "GroupName") is not { } group || r.Value("Users") is not CfnList users) return;
        foreach (var user in users.Items)
        {
            if (context.Target<IamUser>(user) is { } arn) context.Join<IamUser>(r, arn, "Groups", u => u with { Groups = [.. u.Groups, group] });
        }
    }
}
