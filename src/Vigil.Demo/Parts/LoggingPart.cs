using Vigil.Core.Model.Account;
using Vigil.Core.Model.CloudTrail;
using Vigil.Core.Model.CloudWatch;
using Vigil.Core.Model.S3;

namespace Vigil.Demo.Parts;

/// <summary>CloudTrail trails, CloudWatch log groups (with the CIS metric filters) and alarms. Production has a
/// well-run multi-region audit trail into CloudWatch Logs with all the CIS alarms; the development account has one
/// neglected single-region trail and no security alarms at all.</summary>
internal sealed class LoggingPart : IDemoPart
{
    private const string Prod = DemoAccounts.Prod;
    private const string Dev = DemoAccounts.Dev;
    private const string UsEast1 = DemoAccounts.UsEast1;
    private const string EuWest1 = DemoAccounts.EuWest1;
    private const string ApSoutheast2 = DemoAccounts.ApSoutheast2;

    private const string ProdAuditTrail = "acme-prod-audit";
    private const string ProdLambdaTrail = "acme-prod-lambda-data-events";
    private const string DevTrail = "acme-dev-trail";
    /// <summary>Created by the S3 part; the trail only names it.</summary>
    private const string ProdTrailBucket = "acme-cloudtrail-logs-111122223333";
    private const string ProdLambdaTrailBucket = "acme-prod-lambda-trail-logs-111122223333";
    private const string DevTrailBucket = "acme-dev-trail-logs-444455556666";
    private const string CisNamespace = "CISBenchmark";

    public void Build(DemoEstateBuilder demo)
    {
        AddTrails(demo);
        AddTrailBuckets(demo);
        AddLogGroups(demo);
        AddCisAlarms(demo);
        AddOperationalAlarms(demo);
        DeclareDevWeaknesses(demo);
    }

    private static void AddTrails(DemoEstateBuilder demo)
    {
        demo.Add(new Trail
        {
            Arn = TrailArn(Prod, UsEast1, ProdAuditTrail),
            Name = ProdAuditTrail,
            AccountId = Prod,
            Region = UsEast1,
            HomeRegion = UsEast1,
            IsMultiRegion = true,
            IsLogging = true,
            LogFileValidationEnabled = true,
            IncludeGlobalServiceEvents = true,
            KmsKeyId = KmsPart.KeyArn(Prod, UsEast1, "acme-cloudtrail"),
            S3BucketName = ProdTrailBucket,
            CloudWatchLogsLogGroupArn = LogGroupArn(Prod, UsEast1, AuditLogGroup) + ":*",
            LatestCloudWatchLogsDeliveryTime = demo.Now.AddMinutes(-4),
            EventSelectors =
            [
                new EventSelector
                {
                    ReadWriteType = "All",
                    IncludeManagementEvents = true,
                    DataResources = [new DataResource("AWS::S3::Object", ["arn:aws:s3"])],
                },
            ],
            Tags = Tags("security", "production", "audit"),
        });

        demo.Add(new Trail
        {
            Arn = TrailArn(Prod, UsEast1, ProdLambdaTrail),
            Name = ProdLambdaTrail,
            AccountId = Prod,
            Region = UsEast1,
            HomeRegion = UsEast1,
            IsMultiRegion = true,
            IsLogging = true,
            LogFileValidationEnabled = true,
            IncludeGlobalServiceEvents = false,
            KmsKeyId = KmsPart.KeyArn(Prod, UsEast1, "acme-cloudtrail"),
            S3BucketName = ProdLambdaTrailBucket,
            CloudWatchLogsLogGroupArn = LogGroupArn(Prod, UsEast1, LambdaTrailLogGroup) + ":*",
            LatestCloudWatchLogsDeliveryTime = demo.Now.AddMinutes(-2),
            EventSelectors =
            [
                new EventSelector
                {
                    ReadWriteType = "All",
                    IncludeManagementEvents = false,
                    DataResources = [new DataResource("AWS::Lambda::Function", ["arn:aws:lambda"])],
                },
            ],
            Tags = Tags("security", "production", "audit"),
        });

        demo.Add(new Trail
        {
            Arn = TrailArn(Dev, UsEast1, DevTrail),
            Name = DevTrail,
            AccountId = Dev,
            Region = UsEast1,
            HomeRegion = UsEast1,
            IsMultiRegion = false,
            IsLogging = true,
            LogFileValidationEnabled = false,
            IncludeGlobalServiceEvents = true,
            S3BucketName = DevTrailBucket,
            EventSelectors = [new EventSelector { ReadWriteType = "All", IncludeManagementEvents = true }],
            Tags = Tags("platform", "development", "audit"),
        });
    }

    private static void AddTrailBuckets(DemoEstateBuilder demo)
    {
        demo.Add(TrailBucket(demo, Prod, UsEast1, ProdLambdaTrailBucket, ProdLambdaTrail, "acme-cloudtrail",
            new BucketLogging($"acme-prod-s3-access-logs-{UsEast1}", ProdLambdaTrailBucket + "/"), EuWest1));
        demo.Add(TrailBucket(demo, Dev, UsEast1, DevTrailBucket, DevTrail, "acme-dev-data", logging: null, EuWest1));
    }

    /// <summary>A trail log bucket configured well in every respect except, where <paramref name="logging"/> is null, server access logging.</summary>
    private static S3Bucket TrailBucket(DemoEstateBuilder demo, string account, string region, string name, string trail, string keyAlias,
        BucketLogging? logging, string replicaRegion) => new()
        {
            Arn = $"arn:aws:s3:::{name}",
            Name = name,
            AccountId = account,
            Region = region,
            CreationDate = demo.Now.AddDays(-900),
            Policy = TrailBucketPolicy(account, region, name, trail),
            ObjectOwnership = "BucketOwnerEnforced",
            PublicAccessBlock = new PublicAccessBlock { BlockPublicAcls = true, IgnorePublicAcls = true, BlockPublicPolicy = true, RestrictPublicBuckets = true },
            Encryption = new BucketEncryption { Algorithm = "aws:kms", KmsKeyId = KmsPart.KeyArn(account, region, keyAlias), BucketKeyEnabled = true },
            Versioning = "Enabled",
            Logging = logging,
            ObjectLockEnabled = true,
            ReplicationRules =
            [
                new ReplicationRule
                {
                    Id = "audit-replica",
                    Status = "Enabled",
                    DestinationBucketArn = $"arn:aws:s3:::{name}-replica",
                    DestinationRegion = replicaRegion,
                },
            ],
            LifecycleRules =
            [
                new LifecycleRule { Id = "archive-then-expire", Status = "Enabled", ExpirationDays = 2555, NoncurrentVersionExpirationDays = 90, HasTransitions = true },
            ],
            EventNotificationsConfigured = true,
            Tags = Tags("security", account == Prod ? "production" : "development", "audit-logs"),
        };

    private static string TrailBucketPolicy(string account, string region, string bucket, string trail) => $$$$"""
        {"Version":"2012-10-17","Statement":[
        {"Sid":"AWSCloudTrailAclCheck","Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"s3:GetBucketAcl","Resource":"arn:aws:s3:::{{{{bucket}}}}","Condition":{"StringEquals":{"aws:SourceArn":"{{{{TrailArn(account, region, trail)}}}}"}}},
        {"Sid":"AWSCloudTrailWrite","Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"s3:PutObject","Resource":"arn:aws:s3:::{{{{bucket}}}}/AWSLogs/{{{{account}}}}/*","Condition":{"StringEquals":{"s3:x-amz-acl":"bucket-owner-full-control","aws:SourceArn":"{{{{TrailArn(account, region, trail)}}}}"}}},
        {"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::{{{{bucket}}}}","arn:aws:s3:::{{{{bucket}}}}/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}
        """;

    private const string AuditLogGroup = "aws-cloudtrail-logs-acme-prod-audit";
    private const string LambdaTrailLogGroup = "aws-cloudtrail-logs-acme-prod-lambda-data-events";

    private static void AddLogGroups(DemoEstateBuilder demo)
    {
        // Production: every group retained for at least a year and encrypted with the regional logs key.
        demo.Add(NewLogGroup(Prod, UsEast1, AuditLogGroup, 731, "security", CisFilters().Select(f => new MetricFilter
            {
                FilterName = f.Metric,
                FilterPattern = f.Pattern,
                Transformations = [new MetricTransformation(f.Metric, CisNamespace)],
            }).ToList()));
        demo.Add(NewLogGroup(Prod, UsEast1, LambdaTrailLogGroup, 365, "security"));
        demo.Add(NewLogGroup(Prod, UsEast1, "/acme/prod/api", 400, "api"));
        demo.Add(NewLogGroup(Prod, UsEast1, "/acme/prod/ingest-worker", 400, "ingest"));
        demo.Add(NewLogGroup(Prod, UsEast1, "/aws/lambda/acme-prod-report-builder", 365, "reporting"));
        demo.Add(NewLogGroup(Prod, UsEast1, "/aws/vpc/flowlogs/acme-prod-use1", 365, "network"));
        demo.Add(NewLogGroup(Prod, EuWest1, "/acme/prod/api", 400, "api"));
        demo.Add(NewLogGroup(Prod, EuWest1, "/aws/lambda/acme-prod-gdpr-export", 731, "privacy"));
        demo.Add(NewLogGroup(Prod, EuWest1, "/aws/vpc/flowlogs/acme-prod-euw1", 365, "network"));
        demo.Add(NewLogGroup(Prod, ApSoutheast2, "/acme/prod/api", 400, "api"));
        demo.Add(NewLogGroup(Prod, ApSoutheast2, "/aws/lambda/acme-prod-thumbnailer", 365, "media"));
        demo.Add(NewLogGroup(Prod, ApSoutheast2, "/aws/vpc/flowlogs/acme-prod-apse2", 365, "network"));

        // Development: shorter-lived data, two Lambda groups created by the runtime itself without retention.
        demo.Add(NewLogGroup(Dev, UsEast1, "/acme/dev/api", 365, "api"));
        demo.Add(NewLogGroup(Dev, UsEast1, "/aws/lambda/acme-dev-report-builder", null, "reporting"));
        demo.Add(NewLogGroup(Dev, UsEast1, "/aws/vpc/flowlogs/acme-dev-use1", 365, "network"));
        demo.Add(NewLogGroup(Dev, EuWest1, "/acme/dev/ingest-worker", 365, "ingest"));
        demo.Add(NewLogGroup(Dev, EuWest1, "/aws/lambda/acme-dev-gdpr-export", null, "privacy"));
        demo.Add(NewLogGroup(Dev, ApSoutheast2, "/aws/vpc/flowlogs/acme-dev-apse2", 365, "network"));
    }

    private static LogGroup NewLogGroup(string account, string region, string name, int? retentionDays, string owner,
        IReadOnlyList<MetricFilter>? filters = null) => new()
        {
            Arn = LogGroupArn(account, region, name),
            Name = name,
            AccountId = account,
            Region = region,
            RetentionInDays = retentionDays,
            KmsKeyId = LogsKeyArn(account, region),
            MetricFilters = filters ?? [],
            Tags = Tags(owner, account == Prod ? "production" : "development", "logs"),
        };

    private static void AddCisAlarms(DemoEstateBuilder demo)
    {
        var topic = $"arn:aws:sns:{UsEast1}:{Prod}:security-alerts";
        foreach (var (metric, _) in CisFilters())
        {
            demo.Add(new MetricAlarm
            {
                Arn = $"arn:aws:cloudwatch:{UsEast1}:{Prod}:alarm:cis-{metric}",
                Name = $"cis-{metric}",
                AccountId = Prod,
                Region = UsEast1,
                MetricName = metric,
                Namespace = CisNamespace,
                ActionsEnabled = true,
                AlarmActions = [topic],
                StateValue = "OK",
                Tags = Tags("security", "production", "cis-monitoring"),
            });
        }
    }

    private static void AddOperationalAlarms(DemoEstateBuilder demo)
    {
        Alarm(demo, Prod, UsEast1, "acme-prod-api-5xx", "AWS/ApplicationELB", "HTTPCode_Target_5XX_Count", "ops-alerts");
        Alarm(demo, Prod, UsEast1, "acme-prod-ingest-queue-age", "AWS/SQS", "ApproximateAgeOfOldestMessage", "ops-alerts");
        Alarm(demo, Prod, EuWest1, "acme-prod-db-cpu", "AWS/RDS", "CPUUtilization", "ops-alerts");
        Alarm(demo, Prod, ApSoutheast2, "acme-prod-thumbnailer-errors", "AWS/Lambda", "Errors", "ops-alerts");
        Alarm(demo, Dev, EuWest1, "acme-dev-ingest-errors", "AWS/Lambda", "Errors", "ops-alerts");
    }

    private static void Alarm(DemoEstateBuilder demo, string account, string region, string name, string metricNamespace, string metric, string topic) =>
        demo.Add(new MetricAlarm
        {
            Arn = $"arn:aws:cloudwatch:{region}:{account}:alarm:{name}",
            Name = name,
            AccountId = account,
            Region = region,
            MetricName = metric,
            Namespace = metricNamespace,
            ActionsEnabled = true,
            AlarmActions = [$"arn:aws:sns:{region}:{account}:{topic}"],
            StateValue = "OK",
            Tags = Tags("platform", account == Prod ? "production" : "development", "operations"),
        });

    private static void DeclareDevWeaknesses(DemoEstateBuilder demo)
    {
        var trail = TrailArn(Dev, UsEast1, DevTrail);
        demo.Weakness("cloudtrail-log-file-validation-enabled", trail, "The development trail was created from the console quick-start without log file validation, so tampering with its logs could not be proven.");
        demo.Weakness("cloudtrail-kms-encryption-enabled", trail, "The development trail's log files are encrypted only with S3-managed keys, not the account's KMS key.");
        demo.Weakness("cloudtrail-cloudwatch-logs-integrated", trail, "The development trail only writes to S3, so none of its events reach CloudWatch Logs for alerting.");
        demo.Weakness("cloudtrail-bucket-access-logging-enabled", trail, "Nobody enabled server access logging on the development trail's bucket, so reads and deletions of the audit logs leave no record.");
        demo.Weakness("s3-bucket-server-access-logging-enabled", $"arn:aws:s3:::{DevTrailBucket}", "The development trail's log bucket has server access logging disabled.");

        var account = Account.ArnFor(Dev);
        demo.Weakness("cloudtrail-multi-region-trail-enabled", account, "The development account's only trail records us-east-1 alone, so activity in the other regions is never logged.");
        demo.Weakness("cloudtrail-s3-data-events-write-enabled", account, "No trail in the development account records S3 object-level write events.");
        demo.Weakness("cloudtrail-s3-data-events-read-enabled", account, "No trail in the development account records S3 object-level read events.");
        foreach (var check in CisMonitoringChecks)
            demo.Weakness(check, account, "The development account's trail does not feed CloudWatch Logs, so it has none of the CIS security metric filters and alarms.");
    }

    private static readonly string[] CisMonitoringChecks =
    [
        "cloudwatch-alarm-unauthorized-api-calls", "cloudwatch-alarm-console-sign-in-without-mfa", "cloudwatch-alarm-root-usage",
        "cloudwatch-alarm-iam-policy-changes", "cloudwatch-alarm-cloudtrail-changes", "cloudwatch-alarm-console-auth-failures",
        "cloudwatch-alarm-kms-key-disable-or-deletion", "cloudwatch-alarm-s3-bucket-policy-changes", "cloudwatch-alarm-config-changes",
        "cloudwatch-alarm-security-group-changes", "cloudwatch-alarm-nacl-changes", "cloudwatch-alarm-network-gateway-changes",
        "cloudwatch-alarm-route-table-changes", "cloudwatch-alarm-vpc-changes", "cloudwatch-alarm-organizations-changes",
    ];

    /// <summary>The CIS metric filters as a team would type them: spacing and quoting vary, the terms are the benchmark's.</summary>
    private static IEnumerable<(string Metric, string Pattern)> CisFilters() =>
    [
        ("UnauthorizedAPICalls", "{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\") && ($.sourceIPAddress != \"delivery.logs.amazonaws.com\") && ($.eventName != \"HeadBucket\") }"),
        ("ConsoleSigninWithoutMFA", "{ ($.eventName = \"ConsoleLogin\") && ($.additionalEventData.MFAUsed != \"Yes\") && ($.userIdentity.type = \"IAMUser\") && ($.responseElements.ConsoleLogin = \"Success\") }"),
        ("RootAccountUsage", "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }"),
        ("IAMPolicyChanges", "{($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteUserPolicy)||($.eventName=PutGroupPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutUserPolicy)||($.eventName=CreatePolicy)||($.eventName=DeletePolicy)||($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicyVersion)||($.eventName=AttachRolePolicy)||($.eventName=DetachRolePolicy)||($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)||($.eventName=AttachGroupPolicy)||($.eventName=DetachGroupPolicy)}"),
        ("CloudTrailConfigChanges", "{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }"),
        ("ConsoleSigninFailures", "{ ($.eventName = ConsoleLogin) && ($.errorMessage = \"Failed authentication\") }"),
        ("DisableOrDeleteCMK", "{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }"),
        ("S3BucketPolicyChanges", "{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }"),
        ("AWSConfigChanges", "{ ($.eventSource = config.amazonaws.com) && (($.eventName=StopConfigurationRecorder)||($.eventName=DeleteDeliveryChannel)||($.eventName=PutDeliveryChannel)||($.eventName=PutConfigurationRecorder)) }"),
        ("SecurityGroupChanges", "{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }"),
        ("NACLChanges", "{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }"),
        ("NetworkGatewayChanges", "{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }"),
        ("RouteTableChanges", "{ ($.eventSource = ec2.amazonaws.com) && (($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable)) }"),
        ("VPCChanges", "{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc) || ($.eventName = DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) || ($.eventName = EnableVpcClassicLink) }"),
        ("OrganizationsChanges", "{ ($.eventSource = organizations.amazonaws.com) && (($.eventName = \"AcceptHandshake\") || ($.eventName = \"AttachPolicy\") || ($.eventName = \"CreateAccount\") || ($.eventName = \"CreateOrganizationalUnit\") || ($.eventName = \"CreatePolicy\") || ($.eventName = \"DeclineHandshake\") || ($.eventName = \"DeleteOrganization\") || ($.eventName = \"DeleteOrganizationalUnit\") || ($.eventName = \"DeletePolicy\") || ($.eventName = \"DetachPolicy\") || ($.eventName = \"DisablePolicyType\") || ($.eventName = \"EnablePolicyType\") || ($.eventName = \"InviteAccountToOrganization\") || ($.eventName = \"LeaveOrganization\") || ($.eventName = \"MoveAccount\") || ($.eventName = \"RemoveAccountFromOrganization\") || ($.eventName = \"UpdatePolicy\") || ($.eventName = \"UpdateOrganizationalUnit\")) }"),
    ];

    private static string TrailArn(string account, string region, string name) => $"arn:aws:cloudtrail:{region}:{account}:trail/{name}";

    private static string LogGroupArn(string account, string region, string name) => $"arn:aws:logs:{region}:{account}:log-group:{name}";

    /// <summary>The key CloudWatch Logs encrypts with: acme-logs in production, the account's data key in development.</summary>
    private static string LogsKeyArn(string account, string region) => KmsPart.KeyArn(account, region, account == Prod ? "acme-logs" : "acme-dev-data");

    /// <summary>The ARN of the demo KMS key with <paramref name="alias"/>, with the same deterministic key id as the KMS part.</summary>
    private static Dictionary<string, string> Tags(string owner, string environment, string purpose) => new()
    {
        ["owner"] = owner,
        ["environment"] = environment,
        ["purpose"] = purpose,
        ["managed-by"] = "terraform",
    };
}
