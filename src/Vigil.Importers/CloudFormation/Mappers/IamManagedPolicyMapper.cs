using Vigil.Core.Model.Iam;
using Vigil.Importers.CloudFormation.Mapping;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::IAM::ManagedPolicy: a customer managed policy with one version (v1).</summary>
internal sealed class IamManagedPolicyMapper : IResourceMapper
{
    public string Type => "AWS::IAM::ManagedPolicy";

    public void Map(MappedResource r, MappingContext context)
    {
        var document = r.Json("Document", "PolicyDocument");
        context.Add(new ManagedPolicy
        {
            Arn = r.Arn,
            Name = r.Name,
            AccountId = r.Account,
            Path = IamPolicies.Path(r),
            DefaultVersionId = "v1",
            Document = document,
            Versions = document is null ? [] : [new PolicyVersion("v1", true, document)],
        }, r);
    }
}
