using System.IO.Compression;
using System.Text.Json.Nodes;
using Vigil.Core;
using Vigil.Core.Model;
using Vigil.Core.Model.S3;
using Vigil.Core.Model.Ec2;
using Vigil.Importers.AwsConfig;
using Vigil.Testing;

namespace Vigil.Importers.Tests.AwsConfig;

public sealed class AwsConfigImporterTests : IDisposable
{
    private const string Account = "123456789012";
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Import_DeletedAndUnrecordedItems_AreLeftOut()
    {
        var snapshot = await Import(Snapshot(
            Item("AWS::EC2::VPC", "vpc-1", new JsonObject { ["vpcId"] = "vpc-1" }),
            Item("AWS::EC2::VPC", "vpc-2", new JsonObject { ["vpcId"] = "vpc-2" }, status: "ResourceDeleted"),
            Item("AWS::EC2::VPC", "vpc-3", new JsonObject { ["vpcId"] = "vpc-3" }, status: "ResourceNotRecorded")));
        Assert.Equal(["vpc-1"], snapshot.Vpcs.Select(v => v.VpcId));
    }

    [Fact]
    public async Task Import_SeveralItemsOfOneResource_KeepsTheLatest()
    {
        var snapshot = await Import(Snapshot(
            Item("AWS::EC2::VPC", "vpc-1", new JsonObject { ["vpcId"] = "vpc-1", ["cidrBlock"] = "10.0.0.0/16" }, time: "2024-05-02T00:00:00Z"),
            Item("AWS::EC2::VPC", "vpc-1", new JsonObject { ["vpcId"] = "vpc-1", ["cidrBlock"] = "10.9.0.0/16" }, time: "2024-05-01T00:00:00Z")));
        Assert.Equal("10.0.0.0/16", Assert.Single(snapshot.Vpcs).CidrBlock);
    }

    [Fact]
    public async Task Import_Regions_AreThoseSeenWithoutGlobal()
    {
        var snapshot = await Import(Snapshot(
            Item("AWS::EC2::VPC", "vpc-1", new JsonObject { ["vpcId"] = "vpc-1" }, region: "eu-west-1"),
            Item("AWS::EC2::VPC", "vpc-2", new JsonObject { ["vpcId"] = "vpc-2" }, region: "us-east-2"),
            Item("AWS::IAM::Group", "AGPA1", new JsonObject { ["groupName"] = "devs", ["arn"] = $"arn:aws:iam::{Account}:group/devs" }, region: "global")));
        Assert.Equal(["eu-west-1", "us-east-2"], snapshot.Regions);
        Assert.Null(Assert.Single(snapshot.IamGroups).Region);
    }

    [Fact]
    public async Task Import_CollectedAt_IsTheLatestCaptureTime()
    {
        var snapshot = await Import(Snapshot(
            Item("AWS::EC2::VPC", "vpc-1", new JsonObject { ["vpcId"] = "vpc-1" }, time: "2024-05-02T10:00:00Z"),
            Item("AWS::EC2::VPC", "vpc-2", new JsonObject { ["vpcId"] = "vpc-2" }, time: "2024-05-01T10:00:00Z")));
        Assert.Equal(DateTimeOffset.Parse("2024-05-02T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture), snapshot.CollectedAt);
    }

    [Fact]
    public async Task Import_GzipSnapshot_IsRead()
    {
        var path = Path.Combine(_dir.Path, "123456789012_Config_us-east-1_ConfigSnapshot_20240530T140512Z_x.json.gz");
        using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        {
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(Snapshot(Item("AWS::EC2::VPC", "vpc-1", new JsonObject { ["vpcId"] = "vpc-1" })).ToJsonString()));
        }
        var snapshot = await new AwsConfigImporter().ImportAsync(path, new ImportOptions(), CancellationToken.None);
        Assert.Single(snapshot.Vpcs);
    }

    [Fact]
    public async Task Import_SelectResults_ReadsItemsGivenAsJsonText()
    {
        var item = new JsonObject
        {
            ["resourceType"] = "AWS::EC2::VPC",
            ["resourceId"] = "vpc-1",
            ["accountId"] = Account,
            ["awsRegion"] = "us-east-1",
            ["arn"] = $"arn:aws:ec2:us-east-1:{Account}:vpc/vpc-1",
            ["configuration"] = new JsonObject { ["vpcId"] = "vpc-1", ["isDefault"] = true },
            ["tags"] = new JsonArray(new JsonObject { ["key"] = "Name", ["value"] = "main" }),
        };
        var snapshot = await Import(new JsonObject { ["Results"] = new JsonArray(item.ToJsonString()), ["QueryInfo"] = new JsonObject() });
        var vpc = Assert.Single(snapshot.Vpcs);
        Assert.Equal(("main", true, "main"), (vpc.Name, vpc.IsDefault, vpc.Tags["Name"]));
    }

    [Fact]
    public async Task Import_SelectResultsWithNextToken_RecordsTheExportAsIncomplete()
    {
        var item = Item("AWS::EC2::VPC", "vpc-1", new JsonObject { ["vpcId"] = "vpc-1" });
        var snapshot = await Import(new JsonObject { ["Results"] = new JsonArray(item.ToJsonString()), ["NextToken"] = "abc" });
        var error = Assert.Single(snapshot.Errors, e => e.ResourceType == ResourceTypes.Vpc && e.ResourceArn is null);
        Assert.Equal(("ExportTruncated", Account, null), (error.ErrorCode, error.AccountId, error.ResourceArn));
        Assert.Contains(snapshot.Errors, e => e.ResourceType == ResourceTypes.S3Bucket && e.ErrorCode == "ExportTruncated");
    }

    [Fact]
    public async Task Import_SelectResultWithoutConfiguration_SaysToSelectIt()
    {
        var item = new JsonObject { ["resourceType"] = "AWS::EC2::VPC", ["resourceId"] = "vpc-1", ["accountId"] = Account };
        var e = await Assert.ThrowsAsync<VigilInputException>(() => Import(new JsonObject { ["Results"] = new JsonArray(item.ToJsonString()) }));
        Assert.Contains("result 1 of the file (AWS::EC2::VPC vpc-1) has no configuration", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_OtherJson_IsRefused()
    {
        var e = await Assert.ThrowsAsync<VigilInputException>(() => Import(new JsonObject { ["items"] = new JsonArray() }));
        Assert.Contains("is not an AWS Config export", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_UnmappedTypes_AreLeftOut()
    {
        var snapshot = await Import(Snapshot(Item("AWS::Athena::WorkGroup", "primary", new JsonObject { ["name"] = "primary" })));
        Assert.Empty(snapshot.AllResources());
    }

    [Fact]
    public async Task Import_BucketSupplements_AreItsSettings()
    {
        var supplements = new JsonObject
        {
            ["AccessControlList"] = "{\"grantList\":[{\"grantee\":\"AllUsers\",\"permission\":\"Read\"}],\"owner\":{\"id\":\"abc\"}}",
            ["BucketPolicy"] = new JsonObject { ["policyText"] = "{\"Version\":\"2012-10-17\",\"Statement\":[]}" },
            ["BucketVersioningConfiguration"] = new JsonObject { ["status"] = "Off", ["isMfaDeleteEnabled"] = null },
            ["BucketLoggingConfiguration"] = new JsonObject { ["destinationBucketName"] = "logs", ["logFilePrefix"] = "b/" },
            ["BucketNotificationConfiguration"] = new JsonObject { ["configurations"] = new JsonObject() },
            ["BucketOwnershipControls"] = new JsonObject { ["ownershipControls"] = new JsonObject { ["rules"] = new JsonArray(new JsonObject { ["ownership"] = "ObjectWriter" }) } },
            ["ServerSideEncryptionConfiguration"] = new JsonObject
            {
                ["rules"] = new JsonArray(new JsonObject { ["applyServerSideEncryptionByDefault"] = new JsonObject { ["sseAlgorithm"] = "AES256" } }),
            },
        };
        var snapshot = await Import(Snapshot(Item("AWS::S3::Bucket", "b", new JsonObject { ["name"] = "b" }, supplements: supplements)));
        var bucket = Assert.Single(snapshot.S3Buckets);
        Assert.True(Assert.Single(bucket.AclGrants).IsPublic);
        Assert.Equal("{\"Version\":\"2012-10-17\",\"Statement\":[]}", bucket.Policy);
        Assert.Equal((null, "logs", "ObjectWriter", "AES256"), (bucket.Versioning, bucket.Logging?.TargetBucket, bucket.ObjectOwnership, bucket.Encryption?.Algorithm));
        Assert.False(bucket.PublicAccessBlock!.BlockPublicAcls);
    }

    [Fact]
    public async Task Import_BucketWithoutSupplements_HasThemRecordedAsNotInTheExport()
    {
        var snapshot = await Import(Snapshot(Item("AWS::S3::Bucket", "b", new JsonObject { ["name"] = "b" })));
        var bucket = Assert.Single(snapshot.S3Buckets);
        Assert.Contains(nameof(S3Bucket.Encryption), bucket.Unreadable);
        Assert.Contains(nameof(S3Bucket.Policy), bucket.Unreadable);
        Assert.Contains(nameof(S3Bucket.AclGrants), bucket.Unreadable);
        Assert.Null(bucket.Encryption);
        Assert.Contains(snapshot.Errors, e => e.ResourceArn == bucket.Arn && e.Property == nameof(S3Bucket.Encryption) && e.ErrorCode == "NotInExport");
    }

    [Fact]
    public async Task Import_SecurityGroupRules_AreRead()
    {
        var configuration = new JsonObject
        {
            ["groupId"] = "sg-1",
            ["groupName"] = "web",
            ["ipPermissions"] = new JsonArray(new JsonObject
            {
                ["ipProtocol"] = "tcp", ["fromPort"] = 22, ["toPort"] = 22,
                ["ipv4Ranges"] = new JsonArray(new JsonObject { ["cidrIp"] = "0.0.0.0/0" }),
                ["ipv6Ranges"] = new JsonArray(new JsonObject { ["cidrIpv6"] = "::/0" }),
            }),
        };
        var snapshot = await Import(Snapshot(Item("AWS::EC2::SecurityGroup", "sg-1", configuration)));
        var rule = Assert.Single(Assert.Single(snapshot.SecurityGroups).Ingress);
        Assert.True(rule.CoversPort(22) && rule.OpenToIpv4World && rule.OpenToIpv6World);
    }

    [Fact]
    public async Task Import_VpcWithoutFlowLogItems_HasFlowLogsNotInTheExport()
    {
        var snapshot = await Import(Snapshot(Item("AWS::EC2::VPC", "vpc-1", new JsonObject { ["vpcId"] = "vpc-1" })));
        Assert.Contains(nameof(Vpc.FlowLogs), Assert.Single(snapshot.Vpcs).Unreadable);
    }

    [Fact]
    public async Task Import_VpcWithFlowLogItems_HasTheFlowLogs()
    {
        var snapshot = await Import(Snapshot(
            Item("AWS::EC2::VPC", "vpc-1", new JsonObject { ["vpcId"] = "vpc-1" }),
            Item("AWS::EC2::VPC", "vpc-2", new JsonObject { ["vpcId"] = "vpc-2" }),
            Item("AWS::EC2::FlowLog", "fl-1", new JsonObject { ["flowLogId"] = "fl-1", ["resourceId"] = "vpc-1", ["trafficType"] = "ALL", ["flowLogStatus"] = "ACTIVE" })));
        Assert.Equal(["fl-1"], snapshot.Vpcs.Single(v => v.VpcId == "vpc-1").FlowLogs.Select(f => f.FlowLogId));
        Assert.Empty(snapshot.Vpcs.Single(v => v.VpcId == "vpc-2").FlowLogs);
        Assert.DoesNotContain(nameof(Vpc.FlowLogs), snapshot.Vpcs.Single(v => v.VpcId == "vpc-2").Unreadable);
    }

    [Fact]
    public async Task Import_SubnetRoutes_ComeFromTheMainRouteTableWhenItHasNoOwn()
    {
        var main = new JsonObject
        {
            ["routeTableId"] = "rtb-1",
            ["vpcId"] = "vpc-1",
            ["associations"] = new JsonArray(new JsonObject { ["main"] = true }),
            ["routes"] = new JsonArray(new JsonObject { ["destinationCidrBlock"] = "0.0.0.0/0", ["gatewayId"] = "igw-1" }),
        };
        var snapshot = await Import(Snapshot(
            Item("AWS::EC2::Subnet", "subnet-1", new JsonObject { ["subnetId"] = "subnet-1", ["vpcId"] = "vpc-1" }),
            Item("AWS::EC2::RouteTable", "rtb-1", main)));
        Assert.True(Assert.Single(snapshot.Subnets).HasInternetGatewayRoute);
    }

    [Fact]
    public async Task Import_IamRoleItem_IsReadLikeAuthorizationDetails()
    {
        var trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
        var configuration = new JsonObject
        {
            ["roleName"] = "web",
            ["arn"] = $"arn:aws:iam::{Account}:role/web",
            ["assumeRolePolicyDocument"] = Uri.EscapeDataString(trust),
            ["rolePolicyList"] = new JsonArray(new JsonObject { ["policyName"] = "inline", ["policyDocument"] = Uri.EscapeDataString(trust) }),
            ["instanceProfileList"] = new JsonArray(new JsonObject
            {
                ["instanceProfileName"] = "web",
                ["arn"] = $"arn:aws:iam::{Account}:instance-profile/web",
                ["roles"] = new JsonArray(new JsonObject { ["arn"] = $"arn:aws:iam::{Account}:role/web" }),
            }),
        };
        var snapshot = await Import(Snapshot(Item("AWS::IAM::Role", "AROA1", configuration, region: "global")));
        var role = Assert.Single(snapshot.IamRoles);
        Assert.Equal((trust, "inline"), (role.TrustPolicy, Assert.Single(role.InlinePolicies).PolicyName));
        Assert.Single(snapshot.IamInstanceProfiles);
    }

    [Fact]
    public async Task Import_BackupPlanWithSelectionItems_HasTheSelectionsAndSettlesThePlans()
    {
        var plan = new JsonObject
        {
            ["BackupPlanId"] = "plan-1",
            ["BackupPlan"] = new JsonObject
            {
                ["BackupPlanName"] = "daily",
                ["BackupPlanRule"] = new JsonArray(new JsonObject { ["RuleName"] = "daily", ["TargetBackupVault"] = "Default", ["Lifecycle"] = new JsonObject { ["DeleteAfterDays"] = 35 } }),
            },
        };
        var selection = new JsonObject
        {
            ["BackupPlanId"] = "plan-1",
            ["BackupSelection"] = new JsonObject
            {
                ["SelectionName"] = "tagged",
                ["Resources"] = new JsonArray("*"),
                ["Conditions"] = new JsonObject { ["StringEquals"] = new JsonArray(new JsonObject { ["ConditionKey"] = "aws:ResourceTag/backup", ["ConditionValue"] = "daily" }) },
            },
        };
        var snapshot = await Import(Snapshot(Item("AWS::Backup::BackupPlan", "plan-1", plan), Item("AWS::Backup::BackupSelection", "sel-1", selection)));
        var read = Assert.Single(snapshot.BackupPlans);
        Assert.Equal((35, "backup", "daily"), (Assert.Single(read.Rules).DeleteAfterDays, Assert.Single(Assert.Single(read.Selections).Conditions).TagKey, read.Name));
        Assert.DoesNotContain(snapshot.Errors, e => e.ResourceType == ResourceTypes.BackupPlan);
    }

    [Fact]
    public async Task Import_BackupPlansWithoutSelectionItems_AreRecordedAsUnknown()
    {
        var plan = new JsonObject { ["BackupPlanId"] = "plan-1", ["BackupPlan"] = new JsonObject { ["BackupPlanName"] = "daily" } };
        var snapshot = await Import(Snapshot(Item("AWS::Backup::BackupPlan", "plan-1", plan)));
        var error = Assert.Single(snapshot.Errors, e => e.ResourceType == ResourceTypes.BackupPlan);
        Assert.Equal(("NotInExport", null), (error.ErrorCode, error.ResourceArn));
    }

    [Fact]
    public async Task Import_LambdaFunction_RecordsTheLayerVersionsItUses()
    {
        const string layer = "arn:aws:lambda:us-east-1:123456789012:layer:shared-libs:3";
        var configuration = new JsonObject
        {
            ["functionName"] = "fn", ["runtime"] = "python3.12",
            ["layers"] = new JsonArray(new JsonObject { ["arn"] = layer, ["codeSize"] = 1048576 }),
        };
        var snapshot = await Import(Snapshot(Item("AWS::Lambda::Function", "fn", configuration)));
        Assert.Equal([layer], Assert.Single(snapshot.LambdaFunctions).Layers);
    }

    [Fact]
    public void MappedTypes_NameSnapshotResourceTypes()
    {
        var names = SnapshotResources.Types.Select(SnapshotResources.TypeName).ToHashSet(StringComparer.Ordinal);
        Assert.All(ConfigItemMappers.SnapshotTypes, type => Assert.Contains(type, names));
    }

    private static JsonObject Snapshot(params JsonObject[] items) => new()
    {
        ["fileVersion"] = "1.0",
        ["configSnapshotId"] = "00000000-0000-0000-0000-000000000000",
        ["configurationItems"] = new JsonArray([.. items]),
    };

    private static JsonObject Item(string type, string id, JsonObject configuration, JsonObject? supplements = null, string status = "OK",
        string region = "us-east-1", string time = "2024-05-30T14:05:12.331Z") => new()
    {
        ["configurationItemVersion"] = "1.3",
        ["configurationItemCaptureTime"] = time,
        ["configurationItemStatus"] = status,
        ["resourceType"] = type,
        ["resourceId"] = id,
        ["awsRegion"] = region,
        ["awsAccountId"] = Account,
        ["configuration"] = configuration,
        ["supplementaryConfiguration"] = supplements ?? [],
        ["tags"] = new JsonObject(),
    };

    private Task<Snapshot> Import(JsonObject content) =>
        new AwsConfigImporter().ImportAsync(_dir.File($"config-{Guid.NewGuid():N}.json", content.ToJsonString()), new ImportOptions(), CancellationToken.None);
}
