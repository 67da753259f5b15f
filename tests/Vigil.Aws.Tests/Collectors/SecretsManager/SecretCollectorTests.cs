using System.Net;
using Vigil.Aws.Collectors.SecretsManager;
using Vigil.Aws.Tests.Collectors.S3;
using Vigil.Core.Findings;

namespace Vigil.Aws.Tests.Collectors.SecretsManager;

public sealed class SecretCollectorTests
{
    private const string Region = "eu-west-1";
    private const string DbArn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf";
    private const string OldArn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:old-GhIjKl";

    [Fact]
    public async Task Collect_ReadsSecretsAndTheirPolicies_AcrossPages()
    {
        using var aws = new FakeAws();
        aws.On("secretsmanager:ListSecrets", r => FakeReply.Json(r.Input("NextToken") == "n2"
                ? """{"SecretList":[{"ARN":"arn:aws:secretsmanager:eu-west-1:123456789012:secret:old-GhIjKl","Name":"old","RotationEnabled":false,"LastAccessedDate":1.7E9,"DeletedDate":1.7356896E9,"CreatedDate":1.6E9,"Tags":[]}]}"""
                : """
                  {"SecretList":[{"ARN":"arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf","Name":"db","KmsKeyId":"arn:aws:kms:eu-west-1:123456789012:key/k1",
                   "RotationEnabled":true,"RotationLambdaARN":"arn:aws:lambda:eu-west-1:123456789012:function:rotate","RotationRules":{"ScheduleExpression":"rate(30 days)"},
                   "LastRotatedDate":1.7356896E9,"LastChangedDate":1.7356896E9,"LastAccessedDate":1.7356896E9,"NextRotationDate":1.7382816E9,"CreatedDate":1.7E9,
                   "Tags":[{"Key":"team","Value":"payments"}],"SecretVersionsToStages":{"v1":["AWSCURRENT"]}}],"NextToken":"n2"}
                  """))
            .On("secretsmanager:GetResourcePolicy", r => r.Input("SecretId") == DbArn
                ? FakeReply.Json("""{"ARN":"arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf","Name":"db","ResourcePolicy":"{\"Version\":\"2012-10-17\",\"Statement\":[]}"}""")
                : FakeReply.Json("""{"ARN":"arn:aws:secretsmanager:eu-west-1:123456789012:secret:old-GhIjKl","Name":"old"}"""));

        var snapshot = await CollectorRun.CollectAsync(aws, Region, new SecretCollector());

        Assert.Empty(snapshot.Errors);
        var db = Assert.Single(snapshot.Secrets, s => s.Arn == DbArn);
        Assert.Equal(("db", CollectorRun.AccountId, Region, "arn:aws:kms:eu-west-1:123456789012:key/k1", "arn:aws:lambda:eu-west-1:123456789012:function:rotate"),
            (db.Name, db.AccountId, db.Region, db.KmsKeyId, db.RotationLambdaArn));
        Assert.True(db.RotationEnabled);
        Assert.Equal(30, db.RotationIntervalDays);
        Assert.Equal(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), db.LastRotatedDate);
        Assert.Equal(new DateTimeOffset(2025, 1, 31, 0, 0, 0, TimeSpan.Zero), db.NextRotationDate);
        Assert.Null(db.DeletedDate);
        Assert.Equal("""{"Version":"2012-10-17","Statement":[]}""", db.Policy);
        Assert.Equal("payments", db.Tags["team"]);
        Assert.Empty(db.Unreadable);
        var old = Assert.Single(snapshot.Secrets, s => s.Arn == OldArn);
        Assert.Equal(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), old.DeletedDate);
        Assert.Null(old.Policy);
        Assert.Null(old.RotationIntervalDays);
        Assert.All(aws.Calls("secretsmanager:ListSecrets"), r => Assert.True(r.Json["IncludePlannedDeletion"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Collect_ListSecretsDenied_RecordsTheErrorAndNoSecrets()
    {
        using var aws = new FakeAws();
        aws.On("secretsmanager:ListSecrets", _ => FakeReply.AccessDenied("secretsmanager"));

        var snapshot = await CollectorRun.CollectAsync(aws, Region, new SecretCollector());

        Assert.Empty(snapshot.Secrets);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("secretsmanager", "ListSecrets", "AccessDeniedException", "AWS::SecretsManager::Secret"), (error.Service, error.Operation, error.ErrorCode, error.ResourceType));
    }

    [Fact]
    public async Task Collect_PolicyDenied_KeepsTheSecret_WithPolicyUnreadable_AndTheCheckErrs()
    {
        using var aws = new FakeAws();
        aws.On("secretsmanager:ListSecrets", _ => FakeReply.Json("""{"SecretList":[{"ARN":"arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf","Name":"db","RotationEnabled":false,"CreatedDate":1.7E9}]}"""))
            .On("secretsmanager:GetResourcePolicy", _ => FakeReply.JsonError(HttpStatusCode.BadRequest, "AccessDeniedException", "not authorized"));

        var snapshot = await CollectorRun.CollectAsync(aws, Region, new SecretCollector());

        var secret = Assert.Single(snapshot.Secrets);
        Assert.Equal(["Policy"], secret.Unreadable);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("GetResourcePolicy", DbArn, "Policy"), (error.Operation, error.ResourceArn, error.Property));
        Assert.Equal(FindingStatus.Error, CollectorRun.Check(snapshot, "secretsmanager-secret-policy-no-public-access", DbArn).Status);
    }
}
