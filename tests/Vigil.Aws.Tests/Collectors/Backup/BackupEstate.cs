using System.Net;
using Vigil.Aws.Tests.Collectors.ComputeTesting;

namespace Vigil.Aws.Tests.Collectors.Backup;

/// <summary>AWS Backup in its rest-json wire format (after the AWS Backup API reference): two vaults over two pages,
/// "central" with a public access policy, one unencrypted recovery point of two and two tags over two pages, "empty"
/// with no policy and no tags; one plan
/// tagged owner=platform, tier=gold, with a daily rule copying to another region and one selection naming a volume and all DynamoDB tables but scratch ones, or anything tagged backup=daily, in production
/// and outside sandbox teams; two protected resources over two pages.</summary>
internal static class BackupEstate
{
    public const string CentralArn = "arn:aws:backup:eu-west-1:123456789012:backup-vault:central";
    public const string EmptyArn = "arn:aws:backup:eu-west-1:123456789012:backup-vault:empty";
    public const string PlanArn = "arn:aws:backup:eu-west-1:123456789012:backup-plan:8e7a2b1c-0000-4e4f-9e8a-1b2c3d4e5f60";
    private const string PlanId = "8e7a2b1c-0000-4e4f-9e8a-1b2c3d4e5f60";

    public static FakeAws Register(FakeAws fake) => fake
        .On("backup", "GET /backup-vaults/", r => FakeAws.Json(r.QueryParameter("nextToken") is null ? VaultsPage1 : VaultsPage2))
        .On("backup", "GET /backup-vaults/central/access-policy", _ => FakeAws.Json(CentralPolicy))
        .On("backup", "GET /backup-vaults/empty/access-policy", _ => Error("ResourceNotFoundException", "Backup vault empty has no access policy", HttpStatusCode.NotFound))
        .On("backup", "GET /backup-vaults/central/recovery-points/", _ => FakeAws.Json(RecoveryPoints))
        .On("backup", r => r.Operation.StartsWith("GET /tags/", StringComparison.Ordinal), r => FakeAws.Json(
            r.Operation.Contains(PlanArn, StringComparison.Ordinal) ? """{"Tags":{"owner":"platform","tier":"gold"}}"""
            : !r.Operation.Contains("central", StringComparison.Ordinal) ? """{"Tags":{}}"""
            : r.QueryParameter("nextToken") is null ? """{"Tags":{"data-classification":"restricted"},"NextToken":"tags-2"}"""
            : """{"Tags":{"owner":"platform"}}"""))
        .On("backup", "GET /backup/plans/", _ => FakeAws.Json(Plans))
        .On("backup", $"GET /backup/plans/{PlanId}/", _ => FakeAws.Json(Plan))
        .On("backup", $"GET /backup/plans/{PlanId}/selections/", _ => FakeAws.Json(Selections))
        .On("backup", $"GET /backup/plans/{PlanId}/selections/sel-1", _ => FakeAws.Json(Selection))
        .On("backup", "GET /resources/", r => FakeAws.Json(r.QueryParameter("nextToken") is null ? ProtectedPage1 : ProtectedPage2));

    public const string ProtectedDbArn = "arn:aws:rds:eu-west-1:123456789012:db:billing";
    public const string ProtectedTableArn = "arn:aws:dynamodb:eu-west-1:123456789012:table/archive";

    /// <summary>ListProtectedResources over two pages: an RDS instance, then a DynamoDB table no plan selects.</summary>
    private const string ProtectedPage1 = $$"""
        {"Results":[{"ResourceArn":"{{ProtectedDbArn}}","ResourceType":"RDS","LastBackupTime":1735689600,"ResourceName":"billing",
          "LastBackupVaultArn":"{{CentralArn}}","LastRecoveryPointArn":"arn:aws:rds:eu-west-1:123456789012:snapshot:awsbackup:job-1"}],
         "NextToken":"resources-2"}
        """;

    private const string ProtectedPage2 = $$"""
        {"Results":[{"ResourceArn":"{{ProtectedTableArn}}","ResourceType":"DynamoDB","LastBackupTime":1.7357760E9,"ResourceName":"archive",
          "LastBackupVaultArn":"{{CentralArn}}","LastRecoveryPointArn":"arn:aws:dynamodb:eu-west-1:123456789012:table/archive/backup/01735776000000-abcdef12"}]}
        """;

    public static HttpResponseMessage Denied() => Error("AccessDeniedException", "User is not authorized to perform this action", HttpStatusCode.Forbidden);

    private static HttpResponseMessage Error(string code, string message, HttpStatusCode status)
    {
        var response = FakeAws.Json($$"""{"Code":"{{code}}","Message":"{{message}}"}""", status);
        response.Headers.Add("x-amzn-ErrorType", code);
        return response;
    }

    private const string VaultsPage1 = $$$"""
        {"BackupVaultList":[{"BackupVaultName":"central","BackupVaultArn":"{{{CentralArn}}}","VaultType":"BACKUP_VAULT","CreationDate":1700000000,"EncryptionKeyArn":"arn:aws:kms:eu-west-1:123456789012:key/backup","NumberOfRecoveryPoints":2,"Locked":true,"MinRetentionDays":7}],"NextToken":"page-2"}
        """;

    private const string VaultsPage2 = $$$"""
        {"BackupVaultList":[{"BackupVaultName":"empty","BackupVaultArn":"{{{EmptyArn}}}","VaultType":"BACKUP_VAULT","CreationDate":1700000000,"NumberOfRecoveryPoints":0,"Locked":false}]}
        """;

    private const string CentralPolicy = $$$"""
        {"BackupVaultName":"central","BackupVaultArn":"{{{CentralArn}}}","Policy":"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"backup:CopyIntoBackupVault\",\"Resource\":\"*\"}]}"}
        """;

    private const string RecoveryPoints = """
        {"RecoveryPoints":[{"RecoveryPointArn":"arn:aws:ec2:eu-west-1::snapshot/snap-0a","BackupVaultName":"central","ResourceArn":"arn:aws:ec2:eu-west-1:123456789012:volume/vol-0a","ResourceType":"EBS","Status":"COMPLETED","IsEncrypted":true},{"RecoveryPointArn":"arn:aws:ec2:eu-west-1::snapshot/snap-0b","BackupVaultName":"central","ResourceArn":"arn:aws:ec2:eu-west-1:123456789012:volume/vol-0b","ResourceType":"EBS","Status":"COMPLETED","IsEncrypted":false}]}
        """;

    private const string Plans = $$$"""
        {"BackupPlansList":[{"BackupPlanArn":"{{{PlanArn}}}","BackupPlanId":"{{{PlanId}}}","BackupPlanName":"daily","VersionId":"v1","CreationDate":1700000000}]}
        """;

    private const string Plan = $$$"""
        {"BackupPlan":{"BackupPlanName":"daily","Rules":[{"RuleName":"daily-35","TargetBackupVaultName":"central","ScheduleExpression":"cron(0 5 ? * * *)","StartWindowMinutes":60,"Lifecycle":{"MoveToColdStorageAfterDays":7,"DeleteAfterDays":35},"RuleId":"r-1","CopyActions":[{"DestinationBackupVaultArn":"arn:aws:backup:eu-central-1:123456789012:backup-vault:dr","Lifecycle":{"DeleteAfterDays":35}}]}]},"BackupPlanId":"{{{PlanId}}}","BackupPlanArn":"{{{PlanArn}}}","VersionId":"v1"}
        """;

    private const string Selections = $$$"""
        {"BackupSelectionsList":[{"SelectionId":"sel-1","SelectionName":"core","BackupPlanId":"{{{PlanId}}}","IamRoleArn":"arn:aws:iam::123456789012:role/backup"}]}
        """;

    private const string Selection = $$$"""
        {"BackupSelection":{"SelectionName":"core","IamRoleArn":"arn:aws:iam::123456789012:role/backup","Resources":["arn:aws:ec2:eu-west-1:123456789012:volume/vol-0a","arn:aws:dynamodb:*:*:table/*"],"NotResources":["arn:aws:dynamodb:*:*:table/scratch-*"],"ListOfTags":[{"ConditionType":"STRINGEQUALS","ConditionKey":"backup","ConditionValue":"daily"}],"Conditions":{"StringEquals":[{"ConditionKey":"aws:ResourceTag/environment","ConditionValue":"production"}],"StringNotLike":[{"ConditionKey":"aws:ResourceTag/team","ConditionValue":"sandbox-*"}],"StringLike":[],"StringNotEquals":[]}},"SelectionId":"sel-1","BackupPlanId":"{{{PlanId}}}"}
        """;
}
