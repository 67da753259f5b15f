using Vigil.Core.Model.Ec2;
using Vigil.Importers.CloudFormation.Mapping;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::EC2::VPC (never the default VPC); flow logs and endpoints are joined from their own resources.</summary>
internal sealed class VpcMapper : IResourceMapper
{
    public string Type => "AWS::EC2::VPC";

    public void Map(MappedResource r, MappingContext context) => context.Add(new Vpc
    {
        Arn = r.Arn,
        Name = r.Tags().GetValueOrDefault("Name") ?? r.Name,
        AccountId = r.Account,
        Region = r.Region,
        Tags = r.Tags(),
        VpcId = r.Identity.Ref,
        CidrBlock = r.String("CidrBlock", "CidrBlock"),
    }, r);
}
