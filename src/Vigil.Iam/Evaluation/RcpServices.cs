namespace Vigil.Iam.Evaluation;

/// <summary>The service prefixes that support resource control policies (AWS Organizations User Guide; iam-data rcpSupportedServices.json).</summary>
internal static class RcpServices
{
    private static readonly HashSet<string> Supported = new(StringComparer.Ordinal)
    {
        "aoss", "appconfig", "appstream", "autoscaling", "autoscaling-plans", "budgets", "clouddirectory", "cloudfront",
        "cloudsearch", "cloudtrail-data", "codeartifact", "codebuild", "codecommit", "codepipeline", "cognito-identity",
        "cognito-idp", "comprehend", "comprehendmedical", "compute-optimizer", "cost-optimization-hub", "dax", "dsql",
        "dynamodb", "ecr", "ecr-public", "events", "firehose", "fis", "fms", "gamelift", "health", "inspector-scan",
        "kendra", "kinesisvideo", "kms", "logs", "memorydb", "networkmonitor", "notifications", "opensearch",
        "pca-connector-ad", "personalize", "polly", "pricing", "resource-groups", "rolesanywhere", "s3", "secretsmanager",
        "servicediscovery", "signin", "sqs", "sts", "support", "swf", "textract", "timestream-influxdb", "transcribe",
        "transfer", "translate", "wafv2", "workspaces", "xray",
    };

    public static bool Supports(string lowerCaseService) => Supported.Contains(lowerCaseService);
}
