using Vigil.Core.Model.Iam;
using Vigil.Importers.CloudFormation.Mapping;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::IAM::Role.</summary>
internal sealed class IamRoleMapper : IResourceMapper
{
    public string Type => "AWS::IAM::Role";

    public void Map(MappedResource r, MappingContext context) => context.Add(new IamRole
    {
        Arn = r.Arn,
        Name = r.Name,
        AccountId = r.Account,
        Tags = r.Tags(),
        Path = IamPolicies.Path(r),
        TrustPolicy = r.Json("TrustPolicy", "AssumeRolePolicyDocument"),
        PermissionsBoundaryArn = r.String("PermissionsBoundaryArn", "PermissionsBoundary"),
        MaxSessionDuration = r.Int("MaxSessionDuration", "MaxSessionDuration") ?? 3600,
        AttachedPolicies = IamPolicies.Attached(r),
        InlinePolicies = IamPolicies.Inline(r),
    }, r);
}
