using Vigil.Core.Model.Lambda;

namespace Vigil.Demo.Parts;

/// <summary>Acme's Lambda functions: API handlers, ETL jobs and scheduled jobs in both accounts. Production is well
/// configured (supported runtimes, VPC subnets in several zones, X-Ray tracing, dead-letter queues, environment
/// variables under customer managed keys, invocation only by their own API Gateway APIs) but for a permission the partner
/// Northwind kept on the events ETL; the other weaknesses sit in development.</summary>
internal sealed class LambdaPart : IDemoPart
{
    private const string RuntimeCheck = "lambda-function-supported-runtime";
    private const string MultiAzCheck = "lambda-function-multi-az";
    private const string PolicyCheck = "lambda-function-policy-no-public-access";
    private static readonly string[] ZoneLetters = ["a", "b", "c"];

    public void Build(DemoEstateBuilder demo)
    {
        const string prod = DemoAccounts.Prod, dev = DemoAccounts.Dev;
        const string use1 = DemoAccounts.UsEast1, euw1 = DemoAccounts.EuWest1, apse2 = DemoAccounts.ApSoutheast2;

        // Production, us-east-1: the main API and the data pipeline.
        Function(demo, prod, use1, "orders-api-handler", "python3.12", "api", zones: 3, env: ["TABLE_NAME", "POWERTOOLS_SERVICE_NAME"], apiGateway: true, concurrency: 200);
        Function(demo, prod, use1, "payments-api-handler", "java21", "api", zones: 3, env: ["PAYMENTS_QUEUE_URL", "STRIPE_SECRET_ARN"], apiGateway: true, concurrency: 100);
        Function(demo, prod, use1, "customers-api-handler", "nodejs22.x", "api", zones: 3, env: ["TABLE_NAME"], apiGateway: true);
        Function(demo, prod, use1, "api-token-authorizer", "nodejs22.x", "api", zones: 3, env: ["JWKS_URL", "AUDIENCE"], apiGateway: true);
        var eventsEtl = Function(demo, prod, use1, "events-ingest-etl", "python3.12", "etl", zones: 3, env: ["RAW_BUCKET", "CURATED_BUCKET"], async: true);
        demo.Snapshot.Update<LambdaFunction>(eventsEtl, f => f with { Policy = PartnerInvokePolicy(eventsEtl) });
        demo.Weakness("lambda-function-policy-no-foreign-account-access", eventsEtl,
            "A permission added during a queue outage still lets the partner's whole account invoke the production events-ingest ETL directly, with the function role's write access to the raw and curated buckets.");
        Function(demo, prod, use1, "reporting-nightly-etl", "python3.11", "etl", zones: 2, env: ["WAREHOUSE_SECRET_ARN"], async: true);
        Function(demo, prod, use1, "cron-session-cleanup", "python3.12", "cron", zones: 2, env: ["TABLE_NAME"], async: true);
        Function(demo, prod, use1, "cron-billing-rollup", "dotnet8", "cron", zones: 2, env: ["BILLING_DB_SECRET_ARN"], async: true);
        Function(demo, prod, use1, "image-thumbnailer", runtime: null, "etl", zones: 3, env: ["OUTPUT_BUCKET"], async: true);
        Function(demo, prod, use1, "search-indexer-etl", "python3.12", "etl", zones: 3, env: ["OPENSEARCH_ENDPOINT"], async: true);
        Function(demo, prod, use1, "cron-certificate-expiry-report", "python3.13", "cron", zones: 2, env: ["REPORT_TOPIC_ARN"], async: true);

        // Production, eu-west-1 and ap-southeast-2: regional API stacks and their jobs.
        Function(demo, prod, euw1, "orders-api-handler", "python3.12", "api", zones: 3, env: ["TABLE_NAME"], apiGateway: true, concurrency: 100);
        Function(demo, prod, euw1, "gdpr-export-etl", "python3.12", "etl", zones: 2, env: ["EXPORT_BUCKET"], async: true);
        Function(demo, prod, euw1, "cron-retention-purge", "ruby3.3", "cron", zones: 2, env: ["RETENTION_DAYS"], async: true);
        Function(demo, prod, euw1, "webhook-dispatcher", "nodejs22.x", "api", zones: 3, env: ["SIGNING_SECRET_ARN"], async: true);
        Function(demo, prod, apse2, "orders-api-handler", "python3.12", "api", zones: 3, env: ["TABLE_NAME"], apiGateway: true, concurrency: 50);
        Function(demo, prod, apse2, "cron-fx-rates", "nodejs20.x", "cron", zones: 2, env: ["RATES_API_SECRET_ARN"], async: true);

        // Development.
        Function(demo, dev, use1, "orders-api-handler", "python3.13", "api", zones: 2, env: ["TABLE_NAME"], apiGateway: true);
        Function(demo, dev, use1, "etl-sandbox", "python3.12", "etl", zones: 2, env: ["RAW_BUCKET"], async: true);
        Function(demo, dev, use1, "cron-session-cleanup", "python3.12", "cron", zones: 2, env: ["TABLE_NAME"], async: true);
        Function(demo, dev, euw1, "gdpr-export-etl", "python3.12", "etl", zones: 2, env: ["EXPORT_BUCKET"], async: true);
        var notifier = Function(demo, dev, use1, "slack-deploy-notifier", "nodejs22.x", "cron", zones: 0, env: ["WEBHOOK_SECRET_ARN"], async: true);
        demo.Snapshot.Update<LambdaFunction>(notifier, f => f with { Policy = OpenInvokePolicy(notifier) });
        demo.Weakness(PolicyCheck, notifier,
            "The dev Slack deploy notifier was given a permission for Principal \"*\" so that a SaaS deployment tool could call it, so any AWS account can invoke it with its role's access to the webhook secret.");
        var csvImport = Function(demo, dev, use1, "legacy-csv-import", "python3.8", "etl", zones: 2, env: ["IMPORT_BUCKET"], async: true);
        demo.Weakness(RuntimeCheck, csvImport, "The dev CSV importer still runs on python3.8, which AWS no longer patches.");
        var flags = Function(demo, dev, euw1, "feature-flags-api", "nodejs20.x", "api", zones: 1, env: ["FLAGS_TABLE"], apiGateway: true);
        demo.Weakness(MultiAzCheck, flags, "The dev feature-flags API is attached to a single subnet in eu-west-1a, so a zone outage takes it down.");
        var loadTest = Function(demo, dev, apse2, "load-test-driver", "nodejs16.x", "cron", zones: 2, env: ["TARGET_URL"], async: true);
        demo.Weakness(RuntimeCheck, loadTest, "The dev load-test driver was never moved off the deprecated nodejs16.x runtime.");
    }

    /// <summary>Adds a function and returns its ARN. <paramref name="zones"/> 0 means outside any VPC.</summary>
    private static string Function(DemoEstateBuilder demo, string accountId, string region, string name, string? runtime, string kind,
        int zones, IReadOnlyList<string> env, bool apiGateway = false, bool async = false, int? concurrency = null)
    {
        var environment = accountId == DemoAccounts.Prod ? "production" : "development";
        var arn = $"arn:aws:lambda:{region}:{accountId}:function:{name}";
        var vpc = DemoNetwork(accountId, region);
        var letters = ZoneLetters.Take(zones).ToList();
        demo.Add(new LambdaFunction
        {
            Arn = arn,
            Name = name,
            AccountId = accountId,
            Region = region,
            Runtime = runtime,
            PackageType = runtime is null ? "Image" : "Zip",
            RoleArn = $"arn:aws:iam::{accountId}:role/lambda-{name}",
            Policy = apiGateway ? ApiGatewayInvokePolicy(accountId, region, name) : null,
            VpcId = zones > 0 ? vpc : null,
            SubnetIds = [.. letters.Select(l => $"subnet-{vpc[4..]}{l}")],
            SubnetAvailabilityZones = [.. letters.Select(l => region + l)],
            SecurityGroupIds = zones > 0 ? [$"sg-{vpc[4..]}{kind}"] : [],
            TracingMode = "Active",
            DeadLetterTargetArn = async ? $"arn:aws:sqs:{region}:{accountId}:{name}-dlq" : null,
            KmsKeyArn = $"arn:aws:kms:{region}:{accountId}:key/{(accountId == DemoAccounts.Prod ? "5b1f0c1e" : "9d2e7a44")}-7c2d-4e1a-b5f0-00000000000{DemoAccounts.Regions.ToList().IndexOf(region) + 1}",
            EnvironmentVariableNames = [.. env, "LOG_LEVEL"],
            ReservedConcurrency = concurrency,
            LastModified = demo.Now.AddDays(-(name.Length * 7 % 90 + 3)),
            Tags = new Dictionary<string, string>
            {
                ["environment"] = environment,
                ["owner"] = kind == "api" ? "platform-api" : "data-engineering",
                ["application"] = name,
                ["managed-by"] = "terraform",
            },
        });
        return arn;
    }

    private static string DemoNetwork(string accountId, string region) =>
        $"vpc-0{(accountId == DemoAccounts.Prod ? "a1" : "d7")}{region switch { DemoAccounts.UsEast1 => "1e", DemoAccounts.EuWest1 => "3e", _ => "5a" }}4c9f";

    private static string OpenInvokePolicy(string functionArn) =>
        $$"""{"Version":"2012-10-17","Statement":[{"Sid":"deploy-tool-invoke","Effect":"Allow","Principal":"*","Action":"lambda:InvokeFunction","Resource":"{{functionArn}}"}]}""";

    private static string PartnerInvokePolicy(string functionArn) =>
        $$"""{"Version":"2012-10-17","Statement":[{"Sid":"northwind-outage-invoke","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{DemoOutsideAccounts.Partner}}:root"},"Action":"lambda:InvokeFunction","Resource":"{{functionArn}}"}]}""";

    private static string ApiGatewayInvokePolicy(string accountId, string region, string name) =>
        """{"Version":"2012-10-17","Statement":[{"Sid":"apigateway-invoke","Effect":"Allow","Principal":{"Service":"apigateway.amazonaws.com"},"Action":"lambda:InvokeFunction","Resource":"""
        + $"\"arn:aws:lambda:{region}:{accountId}:function:{name}\","
        + $"\"Condition\":{{\"ArnLike\":{{\"AWS:SourceArn\":\"arn:aws:execute-api:{region}:{accountId}:*/*/*/*\"}}}}}}]}}";
}
