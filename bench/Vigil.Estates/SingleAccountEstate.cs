using System.Globalization;
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

namespace Vigil.Estates;

/// <summary>One account of a given size spread over regions, in the mix of a typical workload account (compute and
/// storage heavy, with IAM, queues, functions, tables and databases), for measuring live collection. Every
/// resource has the details the collectors read per resource (an access key and an MFA device per user, a policy
/// per bucket, manual snapshots). Deterministic.</summary>
public static class SingleAccountEstate
{
    public const string AccountId = "210987654321";

    /// <summary>Shares of the resources by type, in percent (the rest of 100 are log groups).</summary>
    private static readonly (string Type, double Percent)[] Mix =
    [
        ("user", 3), ("role", 6), ("group", 0.6), ("policy", 2.4), ("bucket", 6), ("instance", 15), ("security-group", 8), ("vpc", 0.6),
        ("subnet", 3), ("volume", 15), ("snapshot", 6), ("key", 3), ("queue", 5), ("topic", 5), ("function", 6), ("table", 3),
        ("database", 2), ("db-snapshot", 2),
    ];

    public static Snapshot Generate(int resources, IReadOnlyList<string> regions)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(resources);
        if (regions.Count == 0) throw new ArgumentException("At least one region is needed.", nameof(regions));
        var builder = new SnapshotBuilder { CollectedAt = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero) };
        foreach (var region in regions) builder.Region(region);
        var made = 0;
        foreach (var (type, percent) in Mix)
        {
            var count = (int)Math.Round(resources * percent / 100);
            for (var n = 0; n < count; n++) Add(builder, type, n, regions[n % regions.Count]);
            made += count;
        }
        for (var n = 0; made < resources; n++, made++) Add(builder, "log-group", n, regions[n % regions.Count]);
        builder.Add(new Trail
        {
            Arn = $"arn:aws:cloudtrail:{regions[0]}:{AccountId}:trail/organization-trail", Name = "organization-trail", AccountId = AccountId,
            Region = regions[0], HomeRegion = regions[0], IsMultiRegion = true, IsLogging = true, LogFileValidationEnabled = true, S3BucketName = "bucket-0",
        });
        return builder.Build();
    }

    private static void Add(SnapshotBuilder builder, string type, int n, string region)
    {
        var id = n.ToString("x8", CultureInfo.InvariantCulture);
        var name = $"{type}-{n}";
        var account = AccountId;
        switch (type)
        {
            case "user":
                builder.Add(new IamUser
                {
                    Arn = $"arn:aws:iam::{account}:user/{name}", Name = name, AccountId = account,
                    AccessKeys = [new AccessKey { AccessKeyId = $"AKIA{n:D16}", Status = "Active" }],
                    MfaDevices = [new MfaDevice { SerialNumber = $"arn:aws:iam::{account}:mfa/{name}", IsVirtual = true }],
                });
                break;
            case "role":
                builder.Add(new IamRole
                {
                    Arn = $"arn:aws:iam::{account}:role/{name}", Name = name, AccountId = account,
                    TrustPolicy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}""",
                });
                break;
            case "group":
                builder.Add(new IamGroup { Arn = $"arn:aws:iam::{account}:group/{name}", Name = name, AccountId = account });
                break;
            case "policy":
                builder.Add(new ManagedPolicy
                {
                    Arn = $"arn:aws:iam::{account}:policy/{name}", Name = name, AccountId = account, DefaultVersionId = "v1",
                    Document = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}""",
                });
                break;
            case "bucket":
                builder.Add(new S3Bucket
                {
                    Arn = $"arn:aws:s3:::bucket-{n}", Name = $"bucket-{n}", AccountId = account, Region = region, Versioning = "Enabled",
                    Policy = """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::BUCKET/*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}""".Replace("BUCKET", $"bucket-{n}", StringComparison.Ordinal),
                });
                break;
            case "instance":
                builder.Add(new Ec2Instance { Arn = $"arn:aws:ec2:{region}:{account}:instance/i-{id}", Name = $"i-{id}", AccountId = account, Region = region, InstanceId = $"i-{id}" });
                break;
            case "security-group":
                builder.Add(new SecurityGroup { Arn = $"arn:aws:ec2:{region}:{account}:security-group/sg-{id}", Name = name, AccountId = account, Region = region, GroupId = $"sg-{id}" });
                break;
            case "vpc":
                builder.Add(new Vpc { Arn = $"arn:aws:ec2:{region}:{account}:vpc/vpc-{id}", Name = $"vpc-{id}", AccountId = account, Region = region, VpcId = $"vpc-{id}" });
                break;
            case "subnet":
                builder.Add(new Subnet { Arn = $"arn:aws:ec2:{region}:{account}:subnet/subnet-{id}", Name = $"subnet-{id}", AccountId = account, Region = region, SubnetId = $"subnet-{id}", VpcId = "vpc-00000000" });
                break;
            case "volume":
                builder.Add(new EbsVolume { Arn = $"arn:aws:ec2:{region}:{account}:volume/vol-{id}", Name = $"vol-{id}", AccountId = account, Region = region, VolumeId = $"vol-{id}", Encrypted = true });
                break;
            case "snapshot":
                builder.Add(new EbsSnapshot { Arn = $"arn:aws:ec2:{region}::snapshot/snap-{id}", Name = $"snap-{id}", AccountId = account, Region = region, SnapshotId = $"snap-{id}", Encrypted = true });
                break;
            case "key":
                var keyId = $"00000000-0000-4000-8000-{n:D12}";
                builder.Add(new KmsKey { Arn = $"arn:aws:kms:{region}:{account}:key/{keyId}", Name = keyId, AccountId = account, Region = region, KeyId = keyId, RotationEnabled = true });
                break;
            case "queue":
                builder.Add(new SqsQueue
                {
                    Arn = $"arn:aws:sqs:{region}:{account}:{name}", Name = name, AccountId = account, Region = region,
                    QueueUrl = $"https://sqs.{region}.amazonaws.com/{account}/{name}", SqsManagedSseEnabled = true,
                });
                break;
            case "topic":
                builder.Add(new SnsTopic { Arn = $"arn:aws:sns:{region}:{account}:{name}", Name = name, AccountId = account, Region = region, SubscriptionProtocols = ["sqs"] });
                break;
            case "function":
                builder.Add(new LambdaFunction { Arn = $"arn:aws:lambda:{region}:{account}:function:{name}", Name = name, AccountId = account, Region = region, Runtime = "python3.12" });
                break;
            case "table":
                builder.Add(new DynamoDbTable { Arn = $"arn:aws:dynamodb:{region}:{account}:table/{name}", Name = name, AccountId = account, Region = region, PointInTimeRecoveryEnabled = true });
                break;
            case "database":
                builder.Add(new RdsInstance { Arn = $"arn:aws:rds:{region}:{account}:db:{name}", Name = name, AccountId = account, Region = region, DbInstanceIdentifier = name, Engine = "aurora-postgresql", StorageEncrypted = true });
                break;
            case "db-snapshot":
                builder.Add(new RdsSnapshot { Arn = $"arn:aws:rds:{region}:{account}:snapshot:{name}", Name = name, AccountId = account, Region = region, SnapshotIdentifier = name, SnapshotType = "manual", Encrypted = true });
                break;
            default:
                builder.Add(new LogGroup { Arn = $"arn:aws:logs:{region}:{account}:log-group:/app/{name}", Name = $"/app/{name}", AccountId = account, Region = region, RetentionInDays = 365 });
                break;
        }
    }
}
