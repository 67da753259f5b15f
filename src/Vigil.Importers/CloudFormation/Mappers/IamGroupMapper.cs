using Vigil.Core.Model.Iam;
using Vigil.Importers.CloudFormation.Mapping;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::IAM::Group.</summary>
internal sealed class IamGroupMapper : IResourceMapper
{
    public string Type => "AWS::IAM::Group";

    public void Map(MappedResource r, MappingContext context) => context.Add(new IamGroup
    {
        Arn = r.Arn,
        Name = r.Name,
        AccountId = r.Account,
        Path = IamPolicies.Path(r),
        AttachedPolicies = IamPolicies.Attached(r),
        InlinePolicies = IamPolicies.Inline(r),
    }, r);
}
