using System.Text.Json.Nodes;
using Vigil.Aws.Execution;
using Vigil.Checks;
using Vigil.Core.Checks;
using Vigil.Core.Engine;
using Vigil.Core.Findings;
using Vigil.Core.Model;
using Vigil.Core.Model.CloudTrail;
using Vigil.Core.Model.CloudWatch;
using Vigil.Core.Model.DynamoDb;
using Vigil.Core.Model.Ec2;
using Vigil.Core.Model.Iam;
using Vigil.Core.Model.Kms;
using Vigil.Core.Model.Lambda;
using Vigil.Core.Model.Rds;
using Vigil.Core.Model.S3;
using Vigil.Core.Model.Sns;
using Vigil.Core.Model.Sqs;
using Vigil.Core.Serialization;
using Vigil.Demo;
using Vigil.ScriptedAws;
using Vigil.ScriptedAws.Accounts;
using Vigil.ScriptedAws.Faults;

namespace Vigil.Aws.Tests.EndToEnd;

/// <summary>`vigil collect --endpoint-url` against the scripted fake endpoint serving the demo's production
/// account: the snapshot collected is the snapshot scripted, resource by resource, for the services the script
/// covers; and with throttling, 5xx and one AccessDenied injected the collection still completes.</summary>
public sealed class ScriptedAccountTests
{
    private static readonly Snapshot Demo = DemoEstate.Build();
    private const string Account = DemoAccounts.Prod;

    [Fact]
    public async Task Collect_TheDemoAccount_ReadsBackWhatWasScripted()
    {
        await using var server = new FakeAwsServer(AccountScript.From(Demo, Account), pageSize: 2);

        var collected = await CollectAsync(server);

        var differences = Differences(collected).ToList();
        Assert.True(differences.Count == 0, string.Join('\n', differences));
        Assert.True(collected.Errors.Count == 0, string.Join("\n", collected.Errors.Select(e => e.Describe())));
        Assert.Contains(server.Calls, c => c.Key == "iam:GetAccountAuthorizationDetails");
    }

    [Fact]
    public async Task Collect_WithThrottlingServerErrorsAndOneDenial_CompletesAndRecordsOnlyTheDenial()
    {
        var denied = Demo.S3Buckets.First(b => b.AccountId == Account && b.Policy is not null);
        var faults = new FaultPlan(seed: 7)
            .Deny("s3", "GetBucketPolicy", new JsonObject { ["Bucket"] = denied.Name })
            .Throttle(25, c => c.Service != "sts")
            .ServerError(10, c => c.Service != "sts");
        await using var server = new FakeAwsServer(AccountScript.From(Demo, Account), faults, pageSize: 5);

        var collected = await CollectAsync(server);

        var calls = server.Calls;
        Assert.Equal(25, calls.Count(c => c.ErrorCode is { } code && ErrorClassification.IsThrottling(code, c.Status)));
        Assert.Equal(10, calls.Count(c => c.Status >= 500 && !ErrorClassification.IsThrottling(c.ErrorCode!, c.Status)));
        var error = Assert.Single(collected.Errors);
        Assert.Equal(("s3", "GetBucketPolicy", "AccessDenied", denied.Arn, nameof(S3Bucket.Policy)), (error.Service, error.Operation, error.ErrorCode, error.ResourceArn, error.Property));
        var bucket = Assert.Single(collected.S3Buckets, b => b.Arn == denied.Arn);
        Assert.Equal([nameof(S3Bucket.Policy)], bucket.Unreadable);
        var others = Differences(collected).Where(d => !d.StartsWith($"S3Bucket {denied.Arn}.{nameof(S3Bucket.Policy)}:", StringComparison.Ordinal)).ToList();
        Assert.True(others.Count == 0, string.Join('\n', others));

        var context = new CheckContext(collected, collected.CollectedAt!.Value, CheckSettings.Default);
        var findings = ScanEngine.Evaluate(collected, BuiltInChecks.Catalog.Checks, context, CancellationToken.None);
        var needingThePolicy = findings.Single(f => f.Check.Metadata.Id == "s3-bucket-policy-denies-http" && f.ResourceRef.Arn == denied.Arn);
        Assert.Equal(FindingStatus.Error, needingThePolicy.Status);
    }

    /// <summary>A scripted resource as the collector can know it: what AWS does not answer (a replication rule's
    /// destination region; the rotation of keys GetKeyRotationStatus does not apply to) is not there, and the
    /// subscription protocols come sorted.</summary>
    private static Resource AsCollectorReadsIt(Resource resource) => resource switch
    {
        S3Bucket bucket => bucket with { ReplicationRules = [.. bucket.ReplicationRules.Select(r => r with { DestinationRegion = null })] },
        KmsKey key when !(key is { KeyManager: "CUSTOMER", KeySpec: "SYMMETRIC_DEFAULT", KeyUsage: "ENCRYPT_DECRYPT", Origin: "AWS_KMS" } && key.KeyState is "Enabled" or "Disabled") =>
            key with { RotationEnabled = null },
        SnsTopic topic => topic with { SubscriptionProtocols = [.. topic.SubscriptionProtocols.Order(StringComparer.Ordinal)] },
        _ => resource,
    };

    private static async Task<Snapshot> CollectAsync(FakeAwsServer server)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("vigil-scripted-").FullName, "collected.json.gz");
        var run = await VigilProcess.RunAsync(["collect", "--endpoint-url", server.Url.ToString(), "--out", path, "--quiet",
            .. DemoAccounts.Regions.SelectMany(r => new[] { "--region", r })]);
        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}\n{run.Error}");
        return await SnapshotFile.LoadAsync(path, CancellationToken.None);
    }

    private static IEnumerable<string> Differences(Snapshot collected)
    {
        IEnumerable<T> Scripted<T>() where T : Resource => Demo.Resources<T>().Where(r => r.AccountId == Account).Select(r => (T)AsCollectorReadsIt(r));
        IEnumerable<string> Compare<T>(params string[] properties) where T : Resource =>
            ResourceComparison.Differences(Scripted<T>(), collected.Resources<T>(), properties);

        return Compare<IamUser>(nameof(IamUser.Path), nameof(IamUser.Groups), nameof(IamUser.AttachedPolicies), nameof(IamUser.InlinePolicies),
                nameof(IamUser.PermissionsBoundaryArn), nameof(IamUser.AccessKeys), nameof(IamUser.MfaDevices), nameof(IamUser.HasConsolePassword))
            .Concat(Compare<IamGroup>(nameof(IamGroup.AttachedPolicies), nameof(IamGroup.InlinePolicies)))
            .Concat(Compare<IamRole>(nameof(IamRole.TrustPolicy), nameof(IamRole.AttachedPolicies), nameof(IamRole.InlinePolicies), nameof(IamRole.InstanceProfileArns),
                nameof(IamRole.PermissionsBoundaryArn), nameof(IamRole.LastUsedDate)))
            .Concat(Compare<ManagedPolicy>(nameof(ManagedPolicy.IsAwsManaged), nameof(ManagedPolicy.Document), nameof(ManagedPolicy.DefaultVersionId)))
            .Concat(Compare<S3Bucket>(nameof(S3Bucket.Policy), nameof(S3Bucket.AclGrants), nameof(S3Bucket.PublicAccessBlock), nameof(S3Bucket.Encryption),
                nameof(S3Bucket.Versioning), nameof(S3Bucket.MfaDelete), nameof(S3Bucket.Logging), nameof(S3Bucket.ObjectLockEnabled), nameof(S3Bucket.ReplicationRules),
                nameof(S3Bucket.LifecycleRules), nameof(S3Bucket.EventNotificationsConfigured)))
            .Concat(Compare<Ec2Instance>(nameof(Ec2Instance.InstanceId), nameof(Ec2Instance.State), nameof(Ec2Instance.VpcId), nameof(Ec2Instance.SubnetId),
                nameof(Ec2Instance.PublicIpAddress), nameof(Ec2Instance.IamInstanceProfileArn), nameof(Ec2Instance.SecurityGroupIds), nameof(Ec2Instance.MetadataOptions),
                nameof(Ec2Instance.VolumeIds), nameof(Ec2Instance.LaunchTime)))
            .Concat(Compare<SecurityGroup>(nameof(SecurityGroup.GroupId), nameof(SecurityGroup.VpcId), nameof(SecurityGroup.Ingress), nameof(SecurityGroup.Egress),
                nameof(SecurityGroup.AttachmentCount)))
            .Concat(Compare<Vpc>(nameof(Vpc.VpcId), nameof(Vpc.CidrBlock), nameof(Vpc.IsDefault), nameof(Vpc.FlowLogs), nameof(Vpc.EndpointServiceNames)))
            .Concat(Compare<Subnet>(nameof(Subnet.VpcId), nameof(Subnet.MapPublicIpOnLaunch), nameof(Subnet.AvailabilityZone), nameof(Subnet.HasInternetGatewayRoute)))
            .Concat(Compare<EbsVolume>(nameof(EbsVolume.Encrypted), nameof(EbsVolume.KmsKeyId), nameof(EbsVolume.State), nameof(EbsVolume.AttachedInstanceIds)))
            .Concat(Compare<EbsSnapshot>(nameof(EbsSnapshot.Encrypted), nameof(EbsSnapshot.Public), nameof(EbsSnapshot.SharedWithAccounts)))
            .Concat(Compare<KmsKey>(nameof(KmsKey.KeyManager), nameof(KmsKey.KeyState), nameof(KmsKey.RotationEnabled), nameof(KmsKey.Policy), nameof(KmsKey.Aliases)))
            .Concat(Compare<SqsQueue>(nameof(SqsQueue.QueueUrl), nameof(SqsQueue.KmsMasterKeyId), nameof(SqsQueue.SqsManagedSseEnabled), nameof(SqsQueue.Policy),
                nameof(SqsQueue.DeadLetterTargetArn)))
            .Concat(Compare<SnsTopic>(nameof(SnsTopic.KmsMasterKeyId), nameof(SnsTopic.Policy), nameof(SnsTopic.SubscriptionProtocols)))
            .Concat(Compare<LambdaFunction>(nameof(LambdaFunction.Runtime), nameof(LambdaFunction.RoleArn), nameof(LambdaFunction.Policy), nameof(LambdaFunction.VpcId),
                nameof(LambdaFunction.SubnetIds), nameof(LambdaFunction.TracingMode), nameof(LambdaFunction.FunctionUrlAuthType), nameof(LambdaFunction.EnvironmentVariableNames)))
            .Concat(Compare<LambdaLayerVersion>(nameof(LambdaLayerVersion.LayerName), nameof(LambdaLayerVersion.Version), nameof(LambdaLayerVersion.Description),
                nameof(LambdaLayerVersion.CompatibleRuntimes), nameof(LambdaLayerVersion.CompatibleArchitectures), nameof(LambdaLayerVersion.CreatedDate),
                nameof(LambdaLayerVersion.LicenseInfo), nameof(LambdaLayerVersion.Policy)))
            .Concat(Compare<DynamoDbTable>(nameof(DynamoDbTable.BillingMode), nameof(DynamoDbTable.PointInTimeRecoveryEnabled), nameof(DynamoDbTable.DeletionProtectionEnabled),
                nameof(DynamoDbTable.SseType), nameof(DynamoDbTable.AutoScalingConfigured)))
            .Concat(Compare<RdsInstance>(nameof(RdsInstance.Engine), nameof(RdsInstance.PubliclyAccessible), nameof(RdsInstance.StorageEncrypted), nameof(RdsInstance.MultiAz),
                nameof(RdsInstance.BackupRetentionPeriod), nameof(RdsInstance.DeletionProtection), nameof(RdsInstance.Parameters)))
            .Concat(Compare<RdsCluster>(nameof(RdsCluster.Engine), nameof(RdsCluster.StorageEncrypted), nameof(RdsCluster.DeletionProtection)))
            .Concat(Compare<RdsSnapshot>(nameof(RdsSnapshot.Encrypted), nameof(RdsSnapshot.SnapshotType), nameof(RdsSnapshot.Public), nameof(RdsSnapshot.SharedWithAccounts)))
            .Concat(Compare<Trail>(nameof(Trail.IsMultiRegion), nameof(Trail.IsLogging), nameof(Trail.LogFileValidationEnabled), nameof(Trail.KmsKeyId),
                nameof(Trail.S3BucketName), nameof(Trail.CloudWatchLogsLogGroupArn), nameof(Trail.EventSelectors)))
            .Concat(Compare<LogGroup>(nameof(LogGroup.RetentionInDays), nameof(LogGroup.KmsKeyId), nameof(LogGroup.MetricFilters)));
    }
}
