using Vigil.Core.Model.Backup;
using Vigil.Importers.CloudFormation.Mapping;
using Vigil.Importers.CloudFormation.Resolution;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::Backup::BackupPlan with its rules; selections are joined from AWS::Backup::BackupSelection.</summary>
internal sealed class BackupPlanMapper : IResourceMapper
{
    public string Type => "AWS::Backup::BackupPlan";

    public void Map(MappedResource r, MappingContext context) => context.Add(new BackupPlan
    {
        Arn = r.Arn,
        Name = r.String("Name", "BackupPlan.BackupPlanName") ?? r.Name,
        AccountId = r.Account,
        Region = r.Region,
        Tags = r.Tags("BackupPlanTags"),
        BackupPlanId = r.Identity.Ref,
        Rules = r.Known("Rules", "BackupPlan.BackupPlanRule") && r.Value("BackupPlan.BackupPlanRule") is CfnList rules
            ? rules.Items.OfType<CfnMap>().Select(Rule).ToList()
            : [],
    }, r);

    private static BackupRule Rule(CfnMap rule) => new()
    {
        RuleName = Text(rule, "RuleName") ?? "",
        TargetVaultName = Text(rule, "TargetBackupVault") ?? "",
        ScheduleExpression = Text(rule, "ScheduleExpression"),
        DeleteAfterDays = int.TryParse(Text(rule, "Lifecycle.DeleteAfterDays"), out var delete) ? delete : null,
        MoveToColdStorageAfterDays = int.TryParse(Text(rule, "Lifecycle.MoveToColdStorageAfterDays"), out var cold) ? cold : null,
        CopyDestinationVaultArns = rule["CopyActions"] is CfnList copies
            ? copies.Items.OfType<CfnMap>().Select(c => Text(c, "DestinationBackupVaultArn")).OfType<string>().ToList()
            : [],
    };

    private static string? Text(CfnMap map, string path) => MappedResource.PathIn(map, path) is CfnString s ? s.Value : null;
}
