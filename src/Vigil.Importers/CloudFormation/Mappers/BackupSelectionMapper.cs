using Vigil.Core.Model.Backup;
using Vigil.Importers.CloudFormation.Mapping;
using Vigil.Importers.CloudFormation.Resolution;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::Backup::BackupSelection: one resource assignment of the plan it names.</summary>
internal sealed class BackupSelectionMapper : IResourceMapper
{
    private const string Property = "Selections";

    public string Type => "AWS::Backup::BackupSelection";

    public bool ConfiguresAnother => true;

    public void Map(MappedResource r, MappingContext context)
    {
        if (context.Target<BackupPlan>(r.Value("BackupPlanId")) is not { } plan) return;
        r.Known(Property, "BackupSelection");
        var body = r.Value("BackupSelection") as CfnMap ?? CfnMap.Empty;
        var selection = new BackupSelection
        {
            SelectionName = (body["SelectionName"] as CfnString)?.Value ?? r.LogicalId,
            Resources = MappedResource.StringsOf(body["Resources"]),
            NotResources = MappedResource.StringsOf(body["NotResources"]),
            ListOfTags = (body["ListOfTags"] as CfnList)?.Items.OfType<CfnMap>().Select(t => Condition(t, "StringEquals")).ToList() ?? [],
            Conditions = body["Conditions"] is CfnMap conditions
                ? conditions.Entries.SelectMany(e => (e.Value as CfnList)?.Items.OfType<CfnMap>().Select(c => Condition(c, e.Key)) ?? []).ToList()
                : [],
        };
        context.Join<BackupPlan>(r, plan, Property, p => p with
        {
            Selections = [.. p.Selections, selection],
            SelectedResources = [.. p.SelectedResources, .. selection.Resources],
        });
    }

    private static BackupTagCondition Condition(CfnMap condition, string op) => new()
    {
        Operator = op,
        TagKey = ((condition["ConditionKey"] as CfnString)?.Value ?? "").Replace("aws:ResourceTag/", "", StringComparison.Ordinal),
        Value = (condition["ConditionValue"] as CfnString)?.Value ?? "",
    };
}
