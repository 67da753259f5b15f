using Vigil.Core.Model.Account;
using Vigil.Core.Model.CloudFront;
using Vigil.Core.Model.CloudTrail;
using Vigil.Core.Model.CloudWatch;
using Vigil.Core.Model.Dax;
using Vigil.Core.Model.Rds;
using static Vigil.Demo.DemoAccounts;

namespace Vigil.Demo.Parts;

/// <summary>Macie, Inspector and the block on public sharing of SSM documents in every account and region, the RDS
/// event notification subscriptions, the DynamoDB Accelerator caches, the documentation site of the development account
/// and the reporting team's old trail. Production is configured throughout. Weaknesses, all in the development account:
/// ap-southeast-2 never got Macie or Inspector; us-east-1 runs Macie without automated discovery; eu-west-1 lacks
/// Inspector's Lambda code scanning and allows SSM documents to be shared publicly; the only RDS event subscription of
/// us-east-1 carries instance failures alone; the catalog cache was created without encryption; the docs site's
/// failover origin still names a bucket deleted in a clean-up; the deploy notifier keeps its logs two weeks; an API
/// latency alarm notifies nobody; and the reporting team's trail delivers to the publicly listable legacy reports
/// bucket. The part also declares what the estate's existing identities, topics and functions fail of the checks it
/// brings (service users without MFA, decryption on every key, an unencrypted topic, a function outside any VPC,
/// passwords that never expire).</summary>
internal sealed class ServicesExtrasPart : IDemoPart
{
    private static readonly InspectorStatus AllScans = new() { Ec2 = "ENABLED", Ecr = "ENABLED", Lambda = "ENABLED", LambdaCode = "ENABLED" };

    public void Build(DemoEstateBuilder demo)
    {
        AddDetectionServices(demo);
        AddRdsEventSubscriptions(demo);
        AddDaxClusters(demo);
        AddDocsDistribution(demo);
        AddNotifierLogGroup(demo);
        AddReportsTrail(demo);
        DeclareExistingWeaknesses(demo);
    }

    private static void AddDetectionServices(DemoEstateBuilder demo)
    {
        foreach (var account in All)
        {
            foreach (var region in Regions)
            {
                demo.UpdateRegion(account, region, r => r with
                {
                    Macie = "ENABLED", MacieAutomatedDiscovery = "ENABLED", Inspector = AllScans, SsmDocumentPublicSharing = "Disable",
                });
            }
        }

        demo.UpdateRegion(Dev, ApSoutheast2, r => r with
        {
            Macie = "DISABLED",
            MacieAutomatedDiscovery = "DISABLED",
            Inspector = new InspectorStatus { Ec2 = "DISABLED", Ecr = "DISABLED", Lambda = "DISABLED", LambdaCode = "DISABLED" },
        });
        demo.Weakness("macie-enabled", SettingArn("macie", Dev, ApSoutheast2, "session"),
            "Macie was never enabled for the development account in ap-southeast-2, the region forgotten in every rollout.");
        demo.Weakness("macie-automated-discovery-enabled", SettingArn("macie", Dev, ApSoutheast2, "automated-discovery"),
            "Without Macie in development ap-southeast-2 there is no automated sensitive data discovery there either.");
        foreach (var (check, scan) in new[]
                 {
                     ("inspector-ec2-scanning-enabled", "ec2"), ("inspector-ecr-scanning-enabled", "ecr"),
                     ("inspector-lambda-scanning-enabled", "lambda"), ("inspector-lambda-code-scanning-enabled", "lambda_code"),
                 })
        {
            demo.Weakness(check, SettingArn("inspector", Dev, ApSoutheast2, "scan/" + scan),
                "Amazon Inspector was never activated for the development account in ap-southeast-2.");
        }

        demo.UpdateRegion(Dev, UsEast1, r => r with { MacieAutomatedDiscovery = "DISABLED" });
        demo.Weakness("macie-automated-discovery-enabled", SettingArn("macie", Dev, UsEast1, "automated-discovery"),
            "Macie runs in development us-east-1, but automated sensitive data discovery was switched off to save cost, so new buckets are never sampled.");

        demo.UpdateRegion(Dev, EuWest1, r => r with { Inspector = AllScans with { LambdaCode = "DISABLED" }, SsmDocumentPublicSharing = "Enable" });
        demo.Weakness("ssm-document-public-sharing-blocked", SettingArn("ssm", Dev, EuWest1, "servicesetting/ssm/documents/console/public-sharing-permission"),
            "Block public sharing of SSM documents was never turned on in development eu-west-1, where the team experiments with shared runbooks.");
        demo.Weakness("inspector-lambda-code-scanning-enabled", SettingArn("inspector", Dev, EuWest1, "scan/lambda_code"),
            "Inspector in development eu-west-1 scans Lambda dependencies but not the functions' own code.");
    }

    private static void AddRdsEventSubscriptions(DemoEstateBuilder demo)
    {
        Subscription(demo, Prod, UsEast1, "prod-instance-critical", "db-instance", ["availability", "maintenance", "configuration change", "failure", "low storage"]);
        Subscription(demo, Prod, UsEast1, "prod-cluster-critical", "db-cluster", ["maintenance", "failure", "failover"]);
        Subscription(demo, Prod, UsEast1, "prod-parameter-changes", "db-parameter-group", ["configuration change"]);
        Subscription(demo, Prod, UsEast1, "prod-security-group-changes", "db-security-group", ["configuration change", "failure"]);
        Subscription(demo, Prod, EuWest1, "prod-eu-all-rds-events", null, []);

        Subscription(demo, Dev, UsEast1, "dev-instance-failures", "db-instance", ["failure"]);
        const string only = "The only RDS event subscription of the development account in us-east-1 sends DB instance failures to the team channel; {0}";
        demo.Weakness("rds-event-subscription-instance-critical", SettingArn("rds", Dev, UsEast1, "event-subscriptions/db-instance"),
            string.Format(null, only, "maintenance and configuration changes are not subscribed."));
        demo.Weakness("rds-event-subscription-cluster-critical", SettingArn("rds", Dev, UsEast1, "event-subscriptions/db-cluster"),
            string.Format(null, only, "Aurora cluster failures and maintenance are not subscribed."));
        demo.Weakness("rds-event-subscription-parameter-group-critical", SettingArn("rds", Dev, UsEast1, "event-subscriptions/db-parameter-group"),
            string.Format(null, only, "parameter group changes are not subscribed."));
        demo.Weakness("rds-event-subscription-security-group-critical", SettingArn("rds", Dev, UsEast1, "event-subscriptions/db-security-group"),
            string.Format(null, only, "DB security group changes are not subscribed."));
    }

    private static void Subscription(DemoEstateBuilder demo, string account, string region, string name, string? sourceType, IReadOnlyList<string> categories) =>
        demo.Add(new RdsEventSubscription
        {
            Arn = $"arn:aws:rds:{region}:{account}:es:{name}",
            Name = name,
            AccountId = account,
            Region = region,
            SnsTopicArn = $"arn:aws:sns:{region}:{account}:rds-events",
            Status = "active",
            Enabled = true,
            SourceType = sourceType,
            EventCategories = categories,
            Tags = new Dictionary<string, string> { ["owner"] = "platform" },
        });

    private static void AddDaxClusters(DemoEstateBuilder demo)
    {
        demo.Add(Cache(Prod, UsEast1, "orders-cache", "ENABLED", "TLS"));
        var catalog = demo.Add(Cache(Dev, UsEast1, "catalog-cache-dev", "DISABLED", "NONE"));
        demo.Weakness("dynamodb-dax-cluster-encrypted-at-rest", catalog.Arn,
            "The development catalog cache was created from an old template without server-side encryption, which cannot be added afterwards.");
        demo.Weakness("dynamodb-dax-cluster-encrypted-in-transit", catalog.Arn,
            "The development catalog cache accepts plain-text connections; the same old template predates TLS endpoints.");
    }

    private static DaxCluster Cache(string account, string region, string name, string sse, string endpointEncryption) => new()
    {
        Arn = $"arn:aws:dax:{region}:{account}:cache/{name}",
        Name = name,
        AccountId = account,
        Region = region,
        Status = "available",
        SseStatus = sse,
        EndpointEncryptionType = endpointEncryption,
        NodeCount = 3,
        Tags = new Dictionary<string, string> { ["owner"] = "data-platform", ["data-classification"] = "internal" },
    };

    private static void AddDocsDistribution(DemoEstateBuilder demo)
    {
        var docs = demo.Add(new Distribution
        {
            Arn = $"arn:aws:cloudfront::{Dev}:distribution/E7DOCSDEVM2K5P",
            Name = "docs.dev.acme-analytics.example",
            AccountId = Dev,
            DistributionId = "E7DOCSDEVM2K5P",
            DomainName = "d7docsm2k5p8r4.cloudfront.net",
            Enabled = true,
            DefaultRootObject = "index.html",
            ViewerProtocolPolicy = "redirect-to-https",
            LoggingEnabled = true,
            WebAclId = $"arn:aws:wafv2:{UsEast1}:{Dev}:global/webacl/acme-edge-dev/9e8d7c6b-5a4f-4e3d-a2c1-b0a9f8e7d6c5",
            SslSupportMethod = "sni-only",
            MinimumProtocolVersion = "TLSv1.2_2021",
            Origins =
            [
                new Origin { Id = "docs-primary", DomainName = $"acme-dev-docs.s3.{UsEast1}.amazonaws.com", IsS3 = true, OriginAccessControlId = "E3OACDOCSDEV7" },
                new Origin { Id = "docs-replica", DomainName = $"acme-dev-docs-replica.s3.{EuWest1}.amazonaws.com", IsS3 = true, OriginAccessControlId = "E3OACDOCSDEV7" },
            ],
            HasOriginGroupWithFailover = true,
            MissingOriginBuckets = ["acme-dev-docs-replica"],
            Tags = new Dictionary<string, string> { ["owner"] = "developer-experience", ["environment"] = "development" },
        });
        demo.Weakness("cloudfront-distribution-s3-origin-bucket-exists", docs.Arn,
            "The docs site's failover origin still names acme-dev-docs-replica, deleted in a bucket clean-up: whoever recreates that name serves the site when the primary fails.");

        demo.Add(new Distribution
        {
            Arn = $"arn:aws:cloudfront::{Prod}:distribution/E8PARTNERP4W1X",
            Name = "partners.acme-analytics.example",
            AccountId = Prod,
            DistributionId = "E8PARTNERP4W1X",
            DomainName = "d8partnerp4w1x.cloudfront.net",
            Enabled = true,
            DefaultRootObject = "index.html",
            ViewerProtocolPolicy = "https-only",
            LoggingEnabled = true,
            WebAclId = $"arn:aws:wafv2:{UsEast1}:{Prod}:global/webacl/acme-edge/4c1b9e2d-7a3f-4e58-b6d1-0f2e3a4b5c6d",
            SslSupportMethod = "sni-only",
            MinimumProtocolVersion = "TLSv1.2_2021",
            Origins =
            [
                new Origin { Id = "partner-media", DomainName = $"northwind-media-exchange.s3.{UsEast1}.amazonaws.com", IsS3 = true, OriginAccessControlId = "E3OACPARTNER8" },
                new Origin { Id = "partner-media-eu", DomainName = $"northwind-media-exchange-eu.s3.{EuWest1}.amazonaws.com", IsS3 = true, OriginAccessControlId = "E3OACPARTNER8" },
            ],
            HasOriginGroupWithFailover = true,
            // The partner's buckets belong to the partner's account: S3 answered AccessDenied, so they exist.
            MissingOriginBuckets = [],
            Tags = new Dictionary<string, string> { ["owner"] = "partnerships", ["environment"] = "production" },
        });
    }

    private static void AddNotifierLogGroup(DemoEstateBuilder demo)
    {
        var notifier = demo.Add(new LogGroup
        {
            Arn = $"arn:aws:logs:{UsEast1}:{Dev}:log-group:/aws/lambda/slack-deploy-notifier",
            Name = "/aws/lambda/slack-deploy-notifier",
            AccountId = Dev,
            Region = UsEast1,
            RetentionInDays = 14,
            KmsKeyId = KmsPart.KeyArn(Dev, UsEast1, "acme-dev-data"),
            Tags = new Dictionary<string, string> { ["owner"] = "developer-experience", ["environment"] = "development", ["purpose"] = "logs" },
        });
        demo.Weakness("cloudwatch-log-group-retention", notifier.Arn,
            "The deploy notifier's log group keeps two weeks of events, set to keep the bill small; deployments older than that leave no trace.");

        var latency = demo.Add(new MetricAlarm
        {
            Arn = $"arn:aws:cloudwatch:{UsEast1}:{Dev}:alarm:acme-dev-api-latency",
            Name = "acme-dev-api-latency",
            AccountId = Dev,
            Region = UsEast1,
            MetricName = "TargetResponseTime",
            Namespace = "AWS/ApplicationELB",
            ActionsEnabled = false,
            StateValue = "ALARM",
            Tags = new Dictionary<string, string> { ["owner"] = "platform", ["environment"] = "development", ["purpose"] = "operations" },
        });
        demo.Weakness("cloudwatch-alarm-actions-configured", latency.Arn,
            "The development API latency alarm was created for a dashboard and never given a notification target.");
        demo.Weakness("cloudwatch-alarm-actions-enabled", latency.Arn,
            "The development API latency alarm's actions were switched off during a load test and never switched back on; it has been in ALARM since.");
    }

    private static void AddReportsTrail(DemoEstateBuilder demo)
    {
        var trail = demo.Add(new Trail
        {
            Arn = $"arn:aws:cloudtrail:{UsEast1}:{Dev}:trail/acme-dev-reports-audit",
            Name = "acme-dev-reports-audit",
            AccountId = Dev,
            Region = UsEast1,
            HomeRegion = UsEast1,
            IsMultiRegion = false,
            IsLogging = true,
            LogFileValidationEnabled = true,
            KmsKeyId = KmsPart.KeyArn(Dev, UsEast1, "acme-dev-data"),
            IncludeGlobalServiceEvents = false,
            S3BucketName = "acme-dev-legacy-reports",
            EventSelectors = [new EventSelector { ReadWriteType = "WriteOnly", IncludeManagementEvents = true }],
            Tags = new Dictionary<string, string> { ["owner"] = "reporting", ["environment"] = "development", ["purpose"] = "audit" },
        });
        demo.Weakness("cloudtrail-bucket-not-public", trail.Arn,
            "The reporting team's own trail, set up in 2017, delivers to the legacy reports bucket, which anyone can list through its AllUsers READ grant: the account's write activity is public.");
        demo.Weakness("cloudtrail-bucket-access-logging-enabled", trail.Arn,
            "The legacy reports bucket the reporting team's trail delivers to has no server access logging, so nobody can tell who read the public logs.");
        demo.Weakness("cloudtrail-cloudwatch-logs-integrated", trail.Arn,
            "The reporting team's trail was never connected to CloudWatch Logs; its events reach only the legacy bucket.");
    }

    private static void DeclareExistingWeaknesses(DemoEstateBuilder demo)
    {
        demo.Weakness("iam-password-policy-max-age", $"arn:aws:iam::{Dev}:root",
            "The development account's hand-made password policy never expires passwords.");
        foreach (var (account, path) in new[]
                 {
                     (Prod, "service/svc-backup-export"), (Prod, "service/svc-ci-deploy"), (Dev, "service/svc-data-sync"),
                     (Dev, "service/svc-legacy-etl"), (Dev, "service/svc-reporting"),
                 })
        {
            demo.Weakness("iam-user-mfa-enabled", $"arn:aws:iam::{account}:user/{path}",
                $"Service user {path[(path.LastIndexOf('/') + 1)..]} authenticates with access keys only and has no MFA device, so no policy can require MFA of it.");
        }

        demo.Weakness("iam-user-mfa-enabled", $"arn:aws:iam::{Dev}:user/people/erin.kim",
            "Developer erin.kim never registered the MFA device her onboarding skipped.");
        demo.Weakness("kms-inline-policy-no-decrypt-all-keys", $"arn:aws:iam::{Dev}:root",
            "The etl-services group's 'temporary-debug' inline policy (everything but billing) includes kms:Decrypt and kms:ReEncryptFrom on every key.");
        demo.Weakness("kms-managed-policy-no-decrypt-all-keys", $"arn:aws:iam::{Dev}:policy/AcmeDevTerraformAdmin",
            "AcmeDevTerraformAdmin's \"*\" grant lets the CI deployers decrypt with every KMS key of the development account.");
        demo.Weakness("lambda-function-in-vpc", $"arn:aws:lambda:{UsEast1}:{Dev}:function:slack-deploy-notifier",
            "The slack-deploy-notifier function runs outside any VPC so it can reach Slack without a NAT gateway.");
        demo.Weakness("sns-topic-encrypted-at-rest", $"arn:aws:sns:{UsEast1}:{Dev}:ingest-events",
            "The development ingest-events topic was created without a KMS key.");
    }

    private static string SettingArn(string service, string account, string region, string setting) =>
        $"arn:aws:{service}:{region}:{account}:{setting}";
}
