using System.Net;
using Vigil.Aws.Tests.Collectors.ComputeTesting;

namespace Vigil.Aws.Tests.Collectors.Ecr;

/// <summary>Two ECR repositories over two pages of DescribeRepositories in ECR's json wire format (after the Amazon ECR
/// API reference): "prod-api" (immutable tags, KMS, a public pull policy, a lifecycle policy, covered by the registry's
/// enhanced-scanning rule "prod-*", two tags) and "sandbox" (mutable, no policy, no lifecycle policy, no tags).</summary>
internal static class EcrEstate
{
    public const string ApiArn = "arn:aws:ecr:eu-west-1:123456789012:repository/prod-api";
    public const string SandboxArn = "arn:aws:ecr:eu-west-1:123456789012:repository/sandbox";

    public static FakeAws Register(FakeAws fake) => fake
        .On("api", "DescribeRepositories", r => FakeAws.Json(r.Body.Contains("nextToken", StringComparison.Ordinal) ? Page2 : Page1))
        .On("api", "GetRegistryScanningConfiguration", _ => FakeAws.Json(Scanning))
        .On("api", "GetRepositoryPolicy", r => r.Body.Contains("prod-api", StringComparison.Ordinal) ? FakeAws.Json(ApiPolicy) : Error("RepositoryPolicyNotFoundException", "Repository policy does not exist for the repository with name 'sandbox'"))
        .On("api", "GetLifecyclePolicy", r => r.Body.Contains("prod-api", StringComparison.Ordinal) ? FakeAws.Json(ApiLifecycle) : Error("LifecyclePolicyNotFoundException", "Lifecycle policy does not exist for the repository with name 'sandbox'"))
        .On("api", "ListTagsForResource", r => FakeAws.Json(r.Body.Contains(ApiArn, StringComparison.Ordinal)
            ? """{"tags":[{"Key":"team","Value":"api"},{"Key":"data-classification","Value":"internal"}]}"""
            : """{"tags":[]}"""));

    public static HttpResponseMessage Denied() => Error("AccessDeniedException", "User is not authorized to perform this operation");

    private static HttpResponseMessage Error(string type, string message) =>
        FakeAws.Json($$"""{"__type":"{{type}}","message":"{{message}}"}""", HttpStatusCode.BadRequest);

    private const string Page1 = """
        {"repositories":[{"repositoryArn":"arn:aws:ecr:eu-west-1:123456789012:repository/prod-api","registryId":"123456789012","repositoryName":"prod-api","repositoryUri":"123456789012.dkr.ecr.eu-west-1.amazonaws.com/prod-api","createdAt":1700000000,"imageTagMutability":"IMMUTABLE","imageScanningConfiguration":{"scanOnPush":false},"encryptionConfiguration":{"encryptionType":"KMS","kmsKey":"arn:aws:kms:eu-west-1:123456789012:key/ecr"}}],"nextToken":"page-2"}
        """;

    private const string Page2 = """
        {"repositories":[{"repositoryArn":"arn:aws:ecr:eu-west-1:123456789012:repository/sandbox","registryId":"123456789012","repositoryName":"sandbox","repositoryUri":"123456789012.dkr.ecr.eu-west-1.amazonaws.com/sandbox","createdAt":1700000000,"imageTagMutability":"MUTABLE","imageScanningConfiguration":{"scanOnPush":true},"encryptionConfiguration":{"encryptionType":"AES256"}}]}
        """;

    private const string Scanning = """
        {"registryId":"123456789012","scanningConfiguration":{"scanType":"ENHANCED","rules":[{"scanFrequency":"CONTINUOUS_SCAN","repositoryFilters":[{"filter":"prod-*","filterType":"WILDCARD"}]}]}}
        """;

    private const string ApiPolicy = """
        {"registryId":"123456789012","repositoryName":"prod-api","policyText":"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"pull\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":[\"ecr:BatchGetImage\",\"ecr:GetDownloadUrlForLayer\"]}]}"}
        """;

    private const string ApiLifecycle = """
        {"registryId":"123456789012","repositoryName":"prod-api","lifecyclePolicyText":"{\"rules\":[{\"rulePriority\":1,\"selection\":{\"tagStatus\":\"untagged\",\"countType\":\"sinceImagePushed\",\"countUnit\":\"days\",\"countNumber\":14},\"action\":{\"type\":\"expire\"}}]}"}
        """;
}
