using Vigil.Core.Model.Iam;
using Vigil.Importers.CloudFormation.Mapping;
using Vigil.Importers.CloudFormation.Resolution;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>The policies a role, user or group declares itself: ManagedPolicyArns and Policies.</summary>
internal static class IamPolicies
{
    public static List<AttachedPolicy> Attached(MappedResource r) =>
        r.Strings("AttachedPolicies", "ManagedPolicyArns").Select(arn => new AttachedPolicy(arn[(arn.LastIndexOf('/') + 1)..], arn)).ToList();

    public static List<InlinePolicy> Inline(MappedResource r)
    {
        if (!r.Known("InlinePolicies", "Policies") || r.Value("Policies") is not CfnList policies) return [];
        return policies.Items.OfType<CfnMap>()
            .Where(p => p["PolicyName"] is CfnString && p["PolicyDocument"] is not null)
            .Select(p => new InlinePolicy(((CfnString)p["PolicyName"]!).Value, Document(p["PolicyDocument"]!)))
            .ToList();
    }

    public static string Document(CfnValue document) => document is CfnString text ? text.Value : CfnValues.ToJson(document);

    public static string Path(MappedResource r) => r.String("Path", "Path") ?? "/";
}
