using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Execution;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model;
using Vigil.Core.Model.Backup;

namespace Vigil.Aws.Collectors.Backup;

/// <summary>Backup plans (ListBackupPlans), each with its rules (GetBackupPlan) and the resources its selections name
/// (ListBackupSelections, GetBackupSelection), and its tags (ListTags).</summary>
internal static class BackupPlanReader
{
    public static async Task ReadAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var plans = await target.ListAsync(sink, "backup", "ListBackupPlans", null, "BackupPlansList", ResourceTypes.BackupPlan, cancellationToken).ConfigureAwait(false);
        if (plans is null) return;
        await Task.WhenAll(plans.Select(p => ReadOneAsync(target, sink, p, cancellationToken))).ConfigureAwait(false);
    }

    private static async Task ReadOneAsync(CollectionTarget target, CollectionSink sink, JsonNode node, CancellationToken cancellationToken)
    {
        var id = node.Text("BackupPlanId") ?? throw new InvalidDataException("ListBackupPlans returned a plan without BackupPlanId");
        var plan = new BackupPlan
        {
            Arn = node.Text("BackupPlanArn") ?? $"arn:{target.Partition}:backup:{target.Region}:{target.AccountId}:backup-plan:{id}",
            Name = node.Text("BackupPlanName") ?? id,
            AccountId = target.AccountId,
            Region = target.Region,
            BackupPlanId = id,
        };
        var detailTask = target.DetailAsync("backup", "GetBackupPlan", new JsonObject { ["BackupPlanId"] = id }, cancellationToken);
        var selectedTask = SelectionsAsync(target, id, cancellationToken);
        var tagsTask = BackupTags.ReadAsync(target, plan.Arn, cancellationToken);
        var detail = await detailTask.ConfigureAwait(false);
        var (selections, selectedFailure) = await selectedTask.ConfigureAwait(false);
        var (tags, tagsFailure) = await tagsTask.ConfigureAwait(false);

        var unreadable = new List<string>();
        if (detail.Failure is { } detailFailure)
        {
            unreadable.Add(nameof(BackupPlan.Rules));
            sink.Failed(detailFailure, target.AccountId, ResourceTypes.BackupPlan, plan.Arn, nameof(BackupPlan.Rules));
        }
        else
        {
            plan = plan with { Rules = [.. detail.Output!["BackupPlan"].Items("Rules").Select(ToRule)] };
        }
        if (selectedFailure is not null)
        {
            unreadable.Add(nameof(BackupPlan.SelectedResources));
            unreadable.Add(nameof(BackupPlan.Selections));
            sink.Failed(selectedFailure, target.AccountId, ResourceTypes.BackupPlan, plan.Arn, nameof(BackupPlan.SelectedResources));
            sink.Failed(selectedFailure, target.AccountId, ResourceTypes.BackupPlan, plan.Arn, nameof(BackupPlan.Selections));
        }
        else
        {
            plan = plan with
            {
                SelectedResources = [.. selections.SelectMany(s => s.Resources).Distinct(StringComparer.Ordinal)],
                Selections = selections,
            };
        }
        if (tagsFailure is not null)
        {
            unreadable.Add(nameof(BackupPlan.Tags));
            sink.Failed(tagsFailure, target.AccountId, ResourceTypes.BackupPlan, plan.Arn, nameof(BackupPlan.Tags));
        }
        else
        {
            plan = plan with { Tags = tags! };
        }
        sink.Add(unreadable.Count == 0 ? plan : plan with { Unreadable = unreadable });
    }

    private static async Task<(List<BackupSelection> Selections, AwsServiceException? Failure)> SelectionsAsync(
        CollectionTarget target, string planId, CancellationToken cancellationToken)
    {
        var selections = await target.TryListAsync("backup", "ListBackupSelections", new JsonObject { ["BackupPlanId"] = planId }, "BackupSelectionsList", cancellationToken).ConfigureAwait(false);
        if (selections.Failure is { } failure) return ([], failure);
        var details = await Task.WhenAll(selections.Items!.Select(s => target.DetailAsync("backup", "GetBackupSelection",
            new JsonObject { ["BackupPlanId"] = planId, ["SelectionId"] = s.Text("SelectionId") }, cancellationToken))).ConfigureAwait(false);
        if (details.FirstOrDefault(d => d.Failure is not null)?.Failure is { } detailFailure) return ([], detailFailure);
        return ([.. details.Select(d => BackupSelectionJson.ToSelection(d.Output!["BackupSelection"]!))], null);
    }

    private static BackupRule ToRule(JsonNode rule) => new()
    {
        RuleName = rule.Text("RuleName") ?? throw new InvalidDataException("GetBackupPlan returned a rule without RuleName"),
        TargetVaultName = rule.Text("TargetBackupVaultName") ?? throw new InvalidDataException("GetBackupPlan returned a rule without TargetBackupVaultName"),
        ScheduleExpression = rule.Text("ScheduleExpression"),
        DeleteAfterDays = rule["Lifecycle"].Integer("DeleteAfterDays"),
        MoveToColdStorageAfterDays = rule["Lifecycle"].Integer("MoveToColdStorageAfterDays"),
        CopyDestinationVaultArns = rule.TextsOf("CopyActions", "DestinationBackupVaultArn"),
    };
}
