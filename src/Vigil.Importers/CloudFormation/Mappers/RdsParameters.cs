using Vigil.Importers.CloudFormation.Mapping;
using Vigil.Importers.CloudFormation.Resolution;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>The Parameters of the parameter group an instance or cluster names, when the template declares it; a
/// group the template does not declare makes them unknown; no group means the engine's default group (empty).</summary>
internal static class RdsParameters
{
    public static IReadOnlyDictionary<string, string> Of(MappedResource r, MappingContext context, string property, string groupType)
    {
        if (r.Value(property) is not { } reference) return new Dictionary<string, string>();
        if (context.Declared(reference, groupType) is not { } group)
        {
            r.MarkUnknown("Parameters", reference is CfnUnknown u
                ? $"{property} is {u.Reason}"
                : $"the parameter group {property} names is not declared in the template");
            return new Dictionary<string, string>();
        }
        if (CfnValues.FirstUnknown(group.Properties["Parameters"] ?? CfnMap.Empty, "Parameters") is { } unknown)
        {
            r.MarkUnknown("Parameters", $"{unknown.Path} of {group.Declaration.LogicalId} is {unknown.Reason}");
            return new Dictionary<string, string>();
        }
        return group.Properties["Parameters"] is CfnMap map
            ? map.Entries.Where(e => e.Value is CfnString).ToDictionary(e => e.Key, e => ((CfnString)e.Value).Value)
            : new Dictionary<string, string>();
    }
}
