using System.Net;
using Vigil.Aws.Collectors.Kms;
using Vigil.Aws.Tests.Collectors.S3;
using Vigil.Core.Findings;

namespace Vigil.Aws.Tests.Collectors.Kms;

public sealed class KmsKeyCollectorTests
{
    private const string Region = "eu-west-1";
    private const string PolicyJson = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"kms:*","Resource":"*"}]}""";

    [Fact]
    public async Task Collect_ReadsMetadataPolicyRotationAndAliases()
    {
        using var aws = new FakeAws();
        aws.On("kms:ListKeys", _ => FakeReply.Json("""{"Keys":[{"KeyId":"k1","KeyArn":"arn:aws:kms:eu-west-1:123456789012:key/k1"},{"KeyId":"k2","KeyArn":"arn:aws:kms:eu-west-1:123456789012:key/k2"}],"Truncated":false}"""))
            .On("kms:DescribeKey", r => FakeReply.Json(r.Input("KeyId") == "k1"
                ? """{"KeyMetadata":{"AWSAccountId":"123456789012","KeyId":"k1","Arn":"arn:aws:kms:eu-west-1:123456789012:key/k1","CreationDate":1.7E9,"Enabled":true,"KeyUsage":"ENCRYPT_DECRYPT","KeyState":"Enabled","Origin":"AWS_KMS","KeyManager":"CUSTOMER","CustomerMasterKeySpec":"SYMMETRIC_DEFAULT","KeySpec":"SYMMETRIC_DEFAULT","EncryptionAlgorithms":["SYMMETRIC_DEFAULT"],"MultiRegion":true}}"""
                : """{"KeyMetadata":{"AWSAccountId":"123456789012","KeyId":"k2","Arn":"arn:aws:kms:eu-west-1:123456789012:key/k2","CreationDate":1.7E9,"Enabled":false,"KeyUsage":"SIGN_VERIFY","KeyState":"PendingDeletion","DeletionDate":1.7356896E9,"Origin":"AWS_KMS","KeyManager":"CUSTOMER","CustomerMasterKeySpec":"RSA_2048","KeySpec":"RSA_2048","SigningAlgorithms":["RSASSA_PSS_SHA_256"],"MultiRegion":false}}"""))
            .On("kms:GetKeyPolicy", _ => FakeReply.Json($$"""{"Policy":{{System.Text.Json.JsonSerializer.Serialize(PolicyJson)}},"PolicyName":"default"}"""))
            .On("kms:GetKeyRotationStatus", _ => FakeReply.Json("""{"KeyRotationEnabled":true,"KeyId":"arn:aws:kms:eu-west-1:123456789012:key/k1","RotationPeriodInDays":365}"""))
            .On("kms:ListAliases", _ => FakeReply.Json("""{"Aliases":[{"AliasName":"alias/orders","AliasArn":"arn:aws:kms:eu-west-1:123456789012:alias/orders","TargetKeyId":"k1"},{"AliasName":"alias/aws/s3","AliasArn":"arn:aws:kms:eu-west-1:123456789012:alias/aws/s3"}],"Truncated":false}"""))
            .On("kms:ListResourceTags", r => FakeReply.Json((r.Input("KeyId"), r.Input("Marker")) switch
            {
                ("k1", null) => """{"Tags":[{"TagKey":"team","TagValue":"payments"}],"NextMarker":"t2","Truncated":true}""",
                ("k1", "t2") => """{"Tags":[{"TagKey":"data-classification","TagValue":"restricted"}],"Truncated":false}""",
                _ => """{"Tags":[],"Truncated":false}""",
            }));

        var snapshot = await CollectorRun.CollectAsync(aws, Region, new KmsKeyCollector());

        Assert.Empty(snapshot.Errors);
        var k1 = Assert.Single(snapshot.KmsKeys, k => k.KeyId == "k1");
        Assert.Equal(("arn:aws:kms:eu-west-1:123456789012:key/k1", "k1", CollectorRun.AccountId, Region), (k1.Arn, k1.Name, k1.AccountId, k1.Region));
        Assert.Equal(("CUSTOMER", "Enabled", "SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT", "AWS_KMS"), (k1.KeyManager, k1.KeyState, k1.KeySpec, k1.KeyUsage, k1.Origin));
        Assert.True(k1.RotationEnabled);
        Assert.True(k1.MultiRegion);
        Assert.Null(k1.DeletionDate);
        Assert.Equal(PolicyJson, k1.Policy);
        Assert.Equal(["alias/orders"], k1.Aliases);
        Assert.Equal(new Dictionary<string, string> { ["data-classification"] = "restricted", ["team"] = "payments" }, k1.Tags);
        Assert.Empty(k1.Unreadable);

        var k2 = Assert.Single(snapshot.KmsKeys, k => k.KeyId == "k2");
        Assert.Equal(("PendingDeletion", "RSA_2048", "SIGN_VERIFY"), (k2.KeyState, k2.KeySpec, k2.KeyUsage));
        Assert.Null(k2.RotationEnabled);
        Assert.Equal(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), k2.DeletionDate);
        Assert.Empty(k2.Aliases);
        Assert.Empty(k2.Tags);
        Assert.Equal(3, aws.Calls("kms:ListResourceTags").Count());
        Assert.Equal(["k1"], aws.Calls("kms:GetKeyRotationStatus").Select(r => r.Input("KeyId")));
        Assert.All(aws.Calls("kms:GetKeyPolicy"), r => Assert.Equal("default", r.Input("PolicyName")));
    }

    [Fact]
    public async Task Collect_FollowsListKeysMarkers()
    {
        using var aws = new FakeAws();
        aws.On("kms:ListKeys", r => FakeReply.Json(r.Input("Marker") == "m2"
                ? """{"Keys":[{"KeyId":"k2","KeyArn":"arn:aws:kms:eu-west-1:123456789012:key/k2"}],"Truncated":false}"""
                : """{"Keys":[{"KeyId":"k1","KeyArn":"arn:aws:kms:eu-west-1:123456789012:key/k1"}],"NextMarker":"m2","Truncated":true}"""))
            .On("kms:DescribeKey", r => FakeReply.Json($$$"""{"KeyMetadata":{"KeyId":"{{{r.Input("KeyId")}}}","KeyUsage":"ENCRYPT_DECRYPT","KeyState":"Enabled","Origin":"AWS_KMS","KeyManager":"AWS","KeySpec":"SYMMETRIC_DEFAULT"}}"""))
            .On("kms:GetKeyPolicy", _ => FakeReply.Json($$"""{"Policy":{{System.Text.Json.JsonSerializer.Serialize(PolicyJson)}}}"""))
            .On("kms:ListAliases", _ => FakeReply.Json("""{"Aliases":[]}"""));

        var snapshot = await CollectorRun.CollectAsync(aws, Region, new KmsKeyCollector());

        Assert.Empty(snapshot.Errors);
        Assert.Equal(["k1", "k2"], snapshot.KmsKeys.Select(k => k.KeyId).Order());
        Assert.Empty(aws.Calls("kms:GetKeyRotationStatus"));
        Assert.Empty(aws.Calls("kms:ListResourceTags"));
    }

    [Fact]
    public async Task Collect_ListKeysDenied_RecordsTheErrorAndNoKeys()
    {
        using var aws = new FakeAws();
        aws.On("kms:ListKeys", _ => FakeReply.AccessDenied("kms"));

        var snapshot = await CollectorRun.CollectAsync(aws, Region, new KmsKeyCollector());

        Assert.Empty(snapshot.KmsKeys);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("kms", "ListKeys", "AccessDeniedException", "AWS::KMS::Key", Region), (error.Service, error.Operation, error.ErrorCode, error.ResourceType, error.Region));
    }

    [Fact]
    public async Task Collect_RotationStatusDenied_KeepsTheKey_WithRotationUnreadable_AndTheCheckErrs()
    {
        using var aws = new FakeAws();
        aws.On("kms:ListKeys", _ => FakeReply.Json("""{"Keys":[{"KeyId":"k1","KeyArn":"arn:aws:kms:eu-west-1:123456789012:key/k1"}]}"""))
            .On("kms:DescribeKey", _ => FakeReply.Json("""{"KeyMetadata":{"KeyId":"k1","KeyUsage":"ENCRYPT_DECRYPT","KeyState":"Enabled","Origin":"AWS_KMS","KeyManager":"CUSTOMER","KeySpec":"SYMMETRIC_DEFAULT"}}"""))
            .On("kms:GetKeyPolicy", _ => FakeReply.Json($$"""{"Policy":{{System.Text.Json.JsonSerializer.Serialize(PolicyJson)}}}"""))
            .On("kms:GetKeyRotationStatus", _ => FakeReply.AccessDenied("kms"))
            .On("kms:ListAliases", _ => FakeReply.Json("""{"Aliases":[]}"""))
            .On("kms:ListResourceTags", _ => FakeReply.Json("""{"Tags":[],"Truncated":false}"""));

        var snapshot = await CollectorRun.CollectAsync(aws, Region, new KmsKeyCollector());

        var key = Assert.Single(snapshot.KmsKeys);
        Assert.Null(key.RotationEnabled);
        Assert.Equal(["RotationEnabled"], key.Unreadable);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("GetKeyRotationStatus", key.Arn, "RotationEnabled"), (error.Operation, error.ResourceArn, error.Property));
        Assert.Equal(FindingStatus.Error, CollectorRun.Check(snapshot, "kms-key-rotation-enabled", key.Arn).Status);
    }

    [Fact]
    public async Task Collect_DescribeKeyDenied_NamesTheMetadataUnreadable()
    {
        using var aws = new FakeAws();
        aws.On("kms:ListKeys", _ => FakeReply.Json("""{"Keys":[{"KeyId":"k1","KeyArn":"arn:aws:kms:eu-west-1:123456789012:key/k1"}]}"""))
            .On("kms:DescribeKey", _ => FakeReply.JsonError(HttpStatusCode.BadRequest, "AccessDeniedException", "not authorized"))
            .On("kms:GetKeyPolicy", _ => FakeReply.Json($$"""{"Policy":{{System.Text.Json.JsonSerializer.Serialize(PolicyJson)}}}"""))
            .On("kms:ListAliases", _ => FakeReply.AccessDenied("kms"))
            .On("kms:ListResourceTags", _ => FakeReply.Json("""{"Tags":[{"TagKey":"team","TagValue":"payments"}],"Truncated":false}"""));

        var snapshot = await CollectorRun.CollectAsync(aws, Region, new KmsKeyCollector());

        var key = Assert.Single(snapshot.KmsKeys);
        Assert.Equal(["Aliases", "DeletionDate", "KeyManager", "KeySpec", "KeyState", "KeyUsage", "MultiRegion", "Origin", "RotationEnabled"], key.Unreadable);
        Assert.Equal(PolicyJson, key.Policy);
        Assert.Equal("payments", key.Tags["team"]);
        Assert.Equal(["DescribeKey", "ListAliases"], snapshot.Errors.Select(e => e.Operation).Order());
        Assert.All(snapshot.Errors, e => Assert.Equal(key.Arn, e.ResourceArn));
        Assert.Equal(FindingStatus.Error, CollectorRun.Check(snapshot, "kms-key-not-pending-deletion", key.Arn).Status);
    }

    [Fact]
    public async Task Collect_TagsDenied_KeepsTheKeyAndItsSettings_WithTagsUnreadable()
    {
        using var aws = new FakeAws();
        aws.On("kms:ListKeys", _ => FakeReply.Json("""{"Keys":[{"KeyId":"k1","KeyArn":"arn:aws:kms:eu-west-1:123456789012:key/k1"}]}"""))
            .On("kms:DescribeKey", _ => FakeReply.Json("""{"KeyMetadata":{"KeyId":"k1","KeyUsage":"ENCRYPT_DECRYPT","KeyState":"Enabled","Origin":"AWS_KMS","KeyManager":"CUSTOMER","KeySpec":"SYMMETRIC_DEFAULT"}}"""))
            .On("kms:GetKeyPolicy", _ => FakeReply.Json($$"""{"Policy":{{System.Text.Json.JsonSerializer.Serialize(PolicyJson)}}}"""))
            .On("kms:GetKeyRotationStatus", _ => FakeReply.Json("""{"KeyRotationEnabled":true}"""))
            .On("kms:ListAliases", _ => FakeReply.Json("""{"Aliases":[]}"""))
            .On("kms:ListResourceTags", _ => FakeReply.AccessDenied("kms"));

        var snapshot = await CollectorRun.CollectAsync(aws, Region, new KmsKeyCollector());

        var key = Assert.Single(snapshot.KmsKeys);
        Assert.True(key.RotationEnabled);
        Assert.Empty(key.Tags);
        Assert.Equal(["Tags"], key.Unreadable);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("ListResourceTags", key.Arn, "Tags"), (error.Operation, error.ResourceArn, error.Property));
    }
}
