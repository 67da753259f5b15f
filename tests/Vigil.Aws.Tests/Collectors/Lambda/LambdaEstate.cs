using System.Net;
using Vigil.Aws.Tests.Collectors.ComputeTesting;

namespace Vigil.Aws.Tests.Collectors.Lambda;

/// <summary>Two Lambda functions over two pages of ListFunctions in Lambda's rest-json wire format (after the AWS Lambda
/// API reference): "public-hook" in a VPC with a world-invokable policy, an unauthenticated URL and two tags, "worker" with
/// neither (ResourceNotFoundException), reserved concurrency and no tags.</summary>
internal static class LambdaEstate
{
    public const string HookArn = "arn:aws:lambda:eu-west-1:123456789012:function:public-hook";
    public const string WorkerArn = "arn:aws:lambda:eu-west-1:123456789012:function:worker";

    public static FakeAws Register(FakeAws fake) => fake
        .On("lambda", "GET /2015-03-31/functions", r => FakeAws.Json(r.QueryParameter("Marker") is null ? FunctionsPage1 : FunctionsPage2))
        .On("lambda", "GET /2015-03-31/functions/public-hook/policy", _ => FakeAws.Json(HookPolicy))
        .On("lambda", "GET /2015-03-31/functions/worker/policy", _ => NotFound("The resource you requested does not exist."))
        .On("lambda", "GET /2021-10-31/functions/public-hook/url", _ => FakeAws.Json(HookUrl))
        .On("lambda", "GET /2021-10-31/functions/worker/url", _ => NotFound("The resource you requested does not exist."))
        .On("lambda", "GET /2019-09-30/functions/public-hook/concurrency", _ => FakeAws.Json("{}"))
        .On("lambda", "GET /2019-09-30/functions/worker/concurrency", _ => FakeAws.Json("""{"ReservedConcurrentExecutions": 25}"""))
        .On("lambda", $"GET /2017-03-31/tags/{HookArn}", _ => FakeAws.Json("""{"Tags":{"team":"edge","data-classification":"public"}}"""))
        .On("lambda", $"GET /2017-03-31/tags/{WorkerArn}", _ => FakeAws.Json("""{"Tags":{}}"""))
        .OnXml("ec2", "DescribeSubnets", Subnets);

    public static HttpResponseMessage Denied(string action)
    {
        var response = FakeAws.Json($$"""{"Message":"User: arn:aws:iam::123456789012:user/auditor is not authorized to perform: {{action}}"}""", HttpStatusCode.Forbidden);
        response.Headers.Add("x-amzn-ErrorType", "AccessDeniedException");
        return response;
    }

    private static HttpResponseMessage NotFound(string message)
    {
        var response = FakeAws.Json($$"""{"Type":"User","Message":"{{message}}"}""", HttpStatusCode.NotFound);
        response.Headers.Add("x-amzn-ErrorType", "ResourceNotFoundException");
        return response;
    }

    private const string FunctionsPage1 = """
        {
          "Functions": [
            {
              "FunctionName": "public-hook",
              "FunctionArn": "arn:aws:lambda:eu-west-1:123456789012:function:public-hook",
              "Runtime": "python3.8",
              "Role": "arn:aws:iam::123456789012:role/hook-role",
              "Handler": "app.handler",
              "CodeSize": 2048,
              "Timeout": 3,
              "MemorySize": 128,
              "LastModified": "2024-03-05T16:20:11.000+0000",
              "Version": "$LATEST",
              "VpcConfig": {"SubnetIds": ["subnet-0a", "subnet-0b"], "SecurityGroupIds": ["sg-0hook"], "VpcId": "vpc-0a1b2c3d"},
              "DeadLetterConfig": {"TargetArn": "arn:aws:sqs:eu-west-1:123456789012:hook-dlq"},
              "Environment": {"Variables": {"TABLE": "orders", "API_TOKEN": "never-collected"}},
              "KMSKeyArn": "arn:aws:kms:eu-west-1:123456789012:key/lambda",
              "TracingConfig": {"Mode": "Active"},
              "PackageType": "Zip",
              "Architectures": ["x86_64"],
              "Layers": [{"Arn": "arn:aws:lambda:eu-west-1:123456789012:layer:shared-libs:3", "CodeSize": 1048576}]
            }
          ],
          "NextMarker": "page-2"
        }
        """;

    private const string FunctionsPage2 = """
        {
          "Functions": [
            {
              "FunctionName": "worker",
              "FunctionArn": "arn:aws:lambda:eu-west-1:123456789012:function:worker",
              "Role": "arn:aws:iam::123456789012:role/worker-role",
              "LastModified": "2024-06-01T08:00:00.000+0000",
              "VpcConfig": {"SubnetIds": [], "SecurityGroupIds": [], "VpcId": ""},
              "TracingConfig": {"Mode": "PassThrough"},
              "PackageType": "Image"
            }
          ]
        }
        """;

    private const string HookPolicy = """
        {"Policy":"{\"Version\":\"2012-10-17\",\"Id\":\"default\",\"Statement\":[{\"Sid\":\"public\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"lambda:InvokeFunction\",\"Resource\":\"arn:aws:lambda:eu-west-1:123456789012:function:public-hook\"}]}","RevisionId":"4843f2f6-7c59-4fda-b484-afd0bc0e22b8"}
        """;

    private const string HookUrl = """
        {"FunctionUrl":"https://abcdefg.lambda-url.eu-west-1.on.aws/","FunctionArn":"arn:aws:lambda:eu-west-1:123456789012:function:public-hook","AuthType":"NONE","CreationTime":"2024-03-05T16:20:11.000Z","LastModifiedTime":"2024-03-05T16:20:11.000Z","InvokeMode":"BUFFERED"}
        """;

    private const string Subnets = """
        <DescribeSubnetsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
          <requestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</requestId>
          <subnetSet>
            <item><subnetId>subnet-0a</subnetId><vpcId>vpc-0a1b2c3d</vpcId><availabilityZone>eu-west-1a</availabilityZone></item>
            <item><subnetId>subnet-0b</subnetId><vpcId>vpc-0a1b2c3d</vpcId><availabilityZone>eu-west-1a</availabilityZone></item>
          </subnetSet>
        </DescribeSubnetsResponse>
        """;
}
