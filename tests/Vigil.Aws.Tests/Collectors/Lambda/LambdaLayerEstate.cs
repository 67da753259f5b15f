using Vigil.Aws.Tests.Collectors.ComputeTesting;

namespace Vigil.Aws.Tests.Collectors.Lambda;

/// <summary>Two Lambda layers over two pages of ListLayers in Lambda's rest-json wire format (after the AWS Lambda API
/// reference): "shared-libs" with version 3 (shared with every account) and version 2 (shared with one account) over two
/// pages of ListLayerVersions, and "private-utils" version 1 without a policy (ResourceNotFoundException).</summary>
internal static class LambdaLayerEstate
{
    public const string PublicArn = "arn:aws:lambda:eu-west-1:123456789012:layer:shared-libs:3";
    public const string PartnerArn = "arn:aws:lambda:eu-west-1:123456789012:layer:shared-libs:2";
    public const string PrivateArn = "arn:aws:lambda:eu-west-1:123456789012:layer:private-utils:1";
    public const string Partner = "210987654321";

    public static FakeAws Register(FakeAws fake) => fake
        .On("lambda", "GET /2018-10-31/layers", r => FakeAws.Json(r.QueryParameter("Marker") is null ? LayersPage1 : LayersPage2))
        .On("lambda", "GET /2018-10-31/layers/shared-libs/versions", r => FakeAws.Json(r.QueryParameter("Marker") is null ? SharedVersionsPage1 : SharedVersionsPage2))
        .On("lambda", "GET /2018-10-31/layers/private-utils/versions", _ => FakeAws.Json(PrivateVersions))
        .On("lambda", "GET /2018-10-31/layers/shared-libs/versions/3/policy", _ => FakeAws.Json(PolicyAnswer(PublicArn, "\\\"*\\\"")))
        .On("lambda", "GET /2018-10-31/layers/shared-libs/versions/2/policy",
            _ => FakeAws.Json(PolicyAnswer(PartnerArn, $"{{\\\"AWS\\\":\\\"arn:aws:iam::{Partner}:root\\\"}}")))
        .On("lambda", "GET /2018-10-31/layers/private-utils/versions/1/policy", _ => NotFound());

    public static System.Net.Http.HttpResponseMessage NotFound()
    {
        var response = FakeAws.Json("""{"Type":"User","Message":"No policy is associated with the given resource."}""", System.Net.HttpStatusCode.NotFound);
        response.Headers.Add("x-amzn-ErrorType", "ResourceNotFoundException");
        return response;
    }

    private static string PolicyAnswer(string arn, string principal) =>
        $$"""{"Policy":"{\"Version\":\"2012-10-17\",\"Id\":\"default\",\"Statement\":[{\"Sid\":\"share\",\"Effect\":\"Allow\",\"Principal\":{{principal}},\"Action\":\"lambda:GetLayerVersion\",\"Resource\":\"{{arn}}\"}]}","RevisionId":"6b3b5e72-9c3c-4c59-9a7a-2e1e0cc1f0a4"}""";

    private const string LayersPage1 = """
        {
          "Layers": [
            {
              "LayerName": "shared-libs",
              "LayerArn": "arn:aws:lambda:eu-west-1:123456789012:layer:shared-libs",
              "LatestMatchingVersion": {
                "LayerVersionArn": "arn:aws:lambda:eu-west-1:123456789012:layer:shared-libs:3",
                "Version": 3,
                "Description": "Shared Python libraries",
                "CreatedDate": "2024-04-02T10:15:30.123+0000",
                "CompatibleRuntimes": ["python3.11", "python3.12"],
                "LicenseInfo": "MIT",
                "CompatibleArchitectures": ["x86_64", "arm64"]
              }
            }
          ],
          "NextMarker": "layers-page-2"
        }
        """;

    private const string LayersPage2 = """
        {
          "Layers": [
            {
              "LayerName": "private-utils",
              "LayerArn": "arn:aws:lambda:eu-west-1:123456789012:layer:private-utils",
              "LatestMatchingVersion": {
                "LayerVersionArn": "arn:aws:lambda:eu-west-1:123456789012:layer:private-utils:1",
                "Version": 1,
                "CreatedDate": "2023-09-12T08:00:00.000+0000"
              }
            }
          ]
        }
        """;

    private const string SharedVersionsPage1 = """
        {
          "LayerVersions": [
            {
              "LayerVersionArn": "arn:aws:lambda:eu-west-1:123456789012:layer:shared-libs:3",
              "Version": 3,
              "Description": "Shared Python libraries",
              "CreatedDate": "2024-04-02T10:15:30.123+0000",
              "CompatibleRuntimes": ["python3.11", "python3.12"],
              "LicenseInfo": "MIT",
              "CompatibleArchitectures": ["x86_64", "arm64"]
            }
          ],
          "NextMarker": "versions-page-2"
        }
        """;

    private const string SharedVersionsPage2 = """
        {
          "LayerVersions": [
            {
              "LayerVersionArn": "arn:aws:lambda:eu-west-1:123456789012:layer:shared-libs:2",
              "Version": 2,
              "Description": "Shared Python libraries",
              "CreatedDate": "2024-01-20T09:00:00.000+0000",
              "CompatibleRuntimes": ["python3.11"]
            }
          ]
        }
        """;

    private const string PrivateVersions = """
        {
          "LayerVersions": [
            {
              "LayerVersionArn": "arn:aws:lambda:eu-west-1:123456789012:layer:private-utils:1",
              "Version": 1,
              "CreatedDate": "2023-09-12T08:00:00.000+0000"
            }
          ]
        }
        """;
}
