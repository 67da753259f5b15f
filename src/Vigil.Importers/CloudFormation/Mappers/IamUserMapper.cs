using Vigil.Core.Model.Iam;
using Vigil.Importers.CloudFormation.Mapping;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::IAM::User; a LoginProfile gives it a console password.</summary>
internal sealed class IamUserMapper : IResourceMapper
{
    public string Type => "AWS::IAM::User";

    public void Map(MappedResource r, MappingContext context) => context.Add(new IamUser
    {
        Arn = r.Arn,
        Name = r.Name,
        AccountId = r.Account,
        Tags = r.Tags(),
        UserId = "AIDA" + Identity.SyntheticIds.Hex(r.Arn, 17).ToUpperInvariant(),
        Path = IamPolicies.Path(r),
        HasConsolePassword = r.Known("HasConsolePassword", "LoginProfile") && r.Value("LoginProfile") is not null,
        Groups = r.Strings("Groups", "Groups"),
        AttachedPolicies = IamPolicies.Attached(r),
        InlinePolicies = IamPolicies.Inline(r),
        PermissionsBoundaryArn = r.String("PermissionsBoundaryArn", "PermissionsBoundary"),
    }, r);
}
