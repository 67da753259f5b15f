using System.Text.Json.Nodes;
using Vigil.Core.Model;
using Vigil.Core.Model.Backup;
using Vigil.Importers.Detection;

namespace Vigil.Importers.AwsConfig.Mappers;

/// <summary>AWS::Backup::BackupPlan (CloudFormation-shaped: BackupPlan.BackupPlanRule), joined with the export's
/// AWS::Backup::BackupSelection items of the plan.</summary>
internal sealed class BackupPlanItems : IConfigItemMapper
{
    public const string SelectionType = "AWS::Backup::BackupSelection";
    private const string TagPrefix = "aws:ResourceTag/";
    private static readonly string[] ConditionOperators = ["StringEquals", "StringNotEquals", "StringLike", "StringNotLike"];

    public string ResourceType => ResourceTypes.BackupPlan;

    public void Map(ConfigItem item, ConfigImport import)
    {
        var c = item.Configuration;
        var plan = c.Object("BackupPlan");
        var id = c.Text("BackupPlanId") ?? item.ResourceId;
        var selections = import.OfType(SelectionType)
            .Where(s => s.AccountId == item.AccountId && s.Configuration.Text("BackupPlanId") == id)
            .Select(s => Selection(s.Configuration.Object("BackupSelection"), s.Name))
            .ToList();
        import.Add(new BackupPlan
        {
            Arn = c.Text("BackupPlanArn") ?? item.Arn ?? ConfigNames.Arn(item, "backup", $"backup-plan:{id}"),
            Name = plan.Text("BackupPlanName") ?? item.Name,
            AccountId = item.AccountId,
            Region = item.Region,
            Tags = item.Tags,
            BackupPlanId = id,
            Rules = [.. plan.Items("BackupPlanRule").Select(Rule)],
            SelectedResources = [.. selections.SelectMany(s => s.Resources).Distinct(StringComparer.Ordinal)],
            Selections = selections,
        });
    }

    private static BackupRule Rule(JsonNode rule) => new()
    {
        RuleName = rule.Text("RuleName") ?? "",
        TargetVaultName = rule.Text("TargetBackupVault") ?? "",
        ScheduleExpression = rule.Text("ScheduleExpression"),
        DeleteAfterDays = rule.Object("Lifecycle").Number("DeleteAfterDays") is { } delete ? (int)delete : null,
        MoveToColdStorageAfterDays = rule.Object("Lifecycle").Number("MoveToColdStorageAfterDays") is { } cold ? (int)cold : null,
        CopyDestinationVaultArns = [.. rule.Items("CopyActions").Select(a => a.Text("DestinationBackupVaultArn")).OfType<string>()],
    };

    private static BackupSelection Selection(JsonObject? selection, string fallbackName) => new()
    {
        SelectionName = selection.Text("SelectionName") ?? fallbackName,
        Resources = selection.Texts("Resources"),
        NotResources = selection.Texts("NotResources"),
        ListOfTags =
        [
            .. selection.Items("ListOfTags").Select(t => new BackupTagCondition
            {
                Operator = "StringEquals",
                TagKey = t.Text("ConditionKey") ?? "",
                Value = t.Text("ConditionValue") ?? "",
            }),
        ],
        Conditions =
        [
            .. ConditionOperators.SelectMany(op =>
                selection.Object("Conditions").Items(op).Select(t => new BackupTagCondition
                {
                    Operator = op,
                    TagKey = (t.Text("ConditionKey") ?? "") is var key && key.StartsWith(TagPrefix, StringComparison.Ordinal) ? key[TagPrefix.Length..] : key,
                    Value = t.Text("ConditionValue") ?? "",
                })),
        ],
    };
}
