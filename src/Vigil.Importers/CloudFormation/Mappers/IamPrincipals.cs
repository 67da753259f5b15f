using Vigil.Core.Model;
using Vigil.Core.Model.Iam;
using Vigil.Importers.CloudFormation.Mapping;
using Vigil.Importers.CloudFormation.Resolution;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>The roles, users and groups of the template that a policy resource's Roles, Users and Groups name.</summary>
internal static class IamPrincipals
{
    public static void Each(MappedResource r, MappingContext context, string property, Action<Type, string> apply)
    {
        Apply<IamRole>(r, context, "Roles", property, apply);
        Apply<IamUser>(r, context, "Users", property, apply);
        Apply<IamGroup>(r, context, "Groups", property, apply);
    }

    private static void Apply<T>(MappedResource r, MappingContext context, string listProperty, string property, Action<Type, string> apply) where T : Resource
    {
        if (r.Value(listProperty) is not CfnList list) return;
        foreach (var item in list.Items)
        {
            if (context.Target<T>(item) is { } arn) apply(typeof(T), arn);
            else if (item is CfnUnknown) r.MarkUnknown(property, $"{listProperty} of {r.LogicalId} is {((CfnUnknown)item).Reason}");
        }
    }
}
