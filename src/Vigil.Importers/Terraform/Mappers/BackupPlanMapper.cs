using System.Text.Json;
using Vigil.Core.Model.Backup;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>aws_backup_plan with its rules and selections (aws_backup_selection with plan_id).</summary>
internal sealed class BackupPlanMapper : IResourceMapper
{
    public string Type => "aws_backup_plan";

    public void Map(PlanInstance instance, MappingContext context)
    {
        var identity = context.Identity(instance);
        var unknowns = new Unknowns();
        var rules = context.Read(instance, "rule");
        unknowns.Track("Rules", rules);
        var selections = context.Joined(instance, "aws_backup_selection", "plan_id").Select(s => Selection(s, context, unknowns)).ToList();
        context.Add(new BackupPlan
        {
            Arn = identity.Arn,
            Name = context.Read(instance, "name").String ?? identity.Name,
            AccountId = context.AccountId,
            Region = context.Region(instance),
            Tags = context.Tags(instance),
            Location = context.Location(instance),
            BackupPlanId = identity.Id,
            Rules = rules.Items.Select((rule, i) => Rule(instance, rule, i, context)).ToList(),
            Selections = selections,
            SelectedResources = selections.SelectMany(s => s.Resources).Distinct(StringComparer.Ordinal).ToList(),
        }, unknowns);
    }

    private static BackupRule Rule(PlanInstance plan, JsonElement rule, int index, MappingContext context)
    {
        var vault = context.Read(plan, $"rule[{index}].target_vault_name");
        var lifecycle = JsonFields.First(rule, "lifecycle");
        return new BackupRule
        {
            RuleName = JsonFields.Text(rule, "rule_name") ?? $"rule{index}",
            TargetVaultName = vault.Referenced is { } planned ? context.Identity(planned).Name : vault.String ?? "",
            ScheduleExpression = JsonFields.Text(rule, "schedule"),
            DeleteAfterDays = lifecycle is { } l ? JsonFields.Number(l, "delete_after") : null,
            MoveToColdStorageAfterDays = lifecycle is { } c ? JsonFields.Number(c, "cold_storage_after") : null,
            CopyDestinationVaultArns = JsonFields.Blocks(rule, "copy_action").Select((_, c) => context.Text(context.Read(plan, $"rule[{index}].copy_action[{c}].destination_vault_arn"))).OfType<string>().ToList(),
        };
    }

    private static BackupSelection Selection(PlanInstance selection, MappingContext context, Unknowns unknowns)
    {
        var resources = context.Read(selection, "resources");
        unknowns.Track("Selections", resources);
        var referenced = resources.Kind == PlanValueKind.Reference ? resources.AllReferenced!.Select(r => context.Identity(r).Arn).ToList() : resources.Strings.ToList();
        return new BackupSelection
        {
            SelectionName = context.Read(selection, "name").String ?? selection.Address,
            Resources = referenced,
            NotResources = context.Read(selection, "not_resources").Strings,
            ListOfTags = context.Read(selection, "selection_tag").Items.Select(t => new BackupTagCondition
            {
                Operator = "StringEquals",
                TagKey = JsonFields.Text(t, "key") ?? "",
                Value = JsonFields.Text(t, "value") ?? "",
            }).ToList(),
        };
    }
}
