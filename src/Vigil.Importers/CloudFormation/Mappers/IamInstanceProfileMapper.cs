using Vigil.Core.Model.Iam;
using Vigil.Importers.CloudFormation.Mapping;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::IAM::InstanceProfile, also recorded on the roles it holds.</summary>
internal sealed class IamInstanceProfileMapper : IResourceMapper
{
    public string Type => "AWS::IAM::InstanceProfile";

    public bool ConfiguresAnother => true;

    public void Map(MappedResource r, MappingContext context)
    {
        var roleArns = new List<string>();
        foreach (var role in r.Strings("RoleArns", "Roles"))
        {
            var arn = context.Target<IamRole>(new Resolution.CfnString(role)) ?? $"arn:{r.Arn.Split(':')[1]}:iam::{r.Account}:role/{role}";
            roleArns.Add(arn);
            if (context.Target<IamRole>(new Resolution.CfnString(role)) is not null)
                context.Update<IamRole>(arn, p => p with { InstanceProfileArns = [.. p.InstanceProfileArns, r.Arn] });
        }
        context.Add(new InstanceProfile { Arn = r.Arn, Name = r.Name, AccountId = r.Account, RoleArns = roleArns }, r);
    }
}
