using System.Text.Json.Nodes;
using System.Xml.Linq;
using Vigil.Aws.Models;
using Vigil.ScriptedAws.Wire;

namespace Vigil.Aws.Tests.Scripted;

/// <summary>The fake's encoding of a tree against the sample responses of the AWS API references: the same XML
/// (element names, namespaces, values; whitespace between elements and the order of sibling members aside, which
/// the protocols leave free) or the same JSON.</summary>
public sealed class AwsExampleResponseTests
{
    [Fact]
    public void StsGetCallerIdentity_MatchesTheStsApiReferenceSample()
    {
        // STS API Reference, GetCallerIdentity, "Example 1 - Called by an IAM user", sample response.
        const string sample = """
            <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <GetCallerIdentityResult>
               <Arn>arn:aws:iam::123456789012:user/Alice</Arn>
                <UserId>AKIAI44QH8DHBEXAMPLE</UserId>
                <Account>123456789012</Account>
              </GetCallerIdentityResult>
              <ResponseMetadata>
                <RequestId>01234567-89ab-cdef-0123-456789abcdef</RequestId>
              </ResponseMetadata>
            </GetCallerIdentityResponse>
            """;
        var tree = new JsonObject { ["UserId"] = "AKIAI44QH8DHBEXAMPLE", ["Account"] = "123456789012", ["Arn"] = "arn:aws:iam::123456789012:user/Alice" };

        var encoded = Encode("sts", "GetCallerIdentity", tree, "01234567-89ab-cdef-0123-456789abcdef");

        Assert.Equal(200, encoded.StatusCode);
        Assert.Equal("text/xml", encoded.Headers["Content-Type"]);
        AssertSameXml(sample, encoded.BodyText);
    }

    [Fact]
    public void S3GetBucketVersioning_MatchesTheS3ApiReferenceSample()
    {
        // Amazon S3 API Reference, GetBucketVersioning, sample response for an enabled bucket.
        const string sample = """
            <VersioningConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
              <Status>Enabled</Status>
            </VersioningConfiguration>
            """;

        var encoded = Encode("s3", "GetBucketVersioning", new JsonObject { ["Status"] = "Enabled" }, "req");

        AssertSameXml(sample, encoded.BodyText);
    }

    [Fact]
    public void Ec2Error_MatchesTheEc2ApiReferenceErrorResponse()
    {
        // Amazon EC2 API Reference, "Error responses": <Response><Errors><Error>, then RequestID.
        const string sample = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Response><Errors><Error><Code>InvalidInstanceID.NotFound</Code><Message>The instance ID 'i-1a2b3c4d' does not exist</Message></Error></Errors><RequestID>ea966190-f9aa-478e-9ede-example</RequestID></Response>
            """;
        var operation = ModelCatalog.Default.Operation("ec2", "DescribeInstances");

        var encoded = ResponseEncoder.For(WireProtocol.Ec2).EncodeError(operation,
            new FakeError("InvalidInstanceID.NotFound", "The instance ID 'i-1a2b3c4d' does not exist", 400), "ea966190-f9aa-478e-9ede-example", headRequest: false);

        Assert.Equal(sample.ReplaceLineEndings("\n"), encoded.BodyText);
    }

    [Fact]
    public void SqsListQueues_MatchesTheSqsApiReferenceJsonSample()
    {
        // Amazon SQS API Reference, ListQueues, JSON sample response.
        const string sample = """
            {
                "QueueUrls": [
                    "https://sqs.us-east-1.amazonaws.com/111122223333/MyQueue",
                    "https://sqs.us-east-1.amazonaws.com/111122223333/MyQueue1"
                ]
            }
            """;
        var tree = new JsonObject
        {
            ["QueueUrls"] = new JsonArray("https://sqs.us-east-1.amazonaws.com/111122223333/MyQueue", "https://sqs.us-east-1.amazonaws.com/111122223333/MyQueue1"),
        };

        var encoded = Encode("sqs", "ListQueues", tree, "req");

        Assert.Equal("application/x-amz-json-1.0", encoded.Headers["Content-Type"]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(sample), JsonNode.Parse(encoded.Body)), encoded.BodyText);
    }

    [Fact]
    public void KmsDescribeKey_WritesTimestampsAsEpochSeconds()
    {
        // AWS KMS API Reference, DescribeKey sample response: "CreationDate": 1.499288695918E9.
        var tree = new JsonObject { ["KeyMetadata"] = new JsonObject { ["KeyId"] = "1234abcd-12ab-34cd-56ef-1234567890ab", ["CreationDate"] = "2017-07-05T21:04:55.918Z" } };

        var encoded = Encode("kms", "DescribeKey", tree, "req");

        Assert.Equal(1499288695.918, JsonNode.Parse(encoded.Body)!["KeyMetadata"]!["CreationDate"]!.GetValue<double>());
    }

    private static FakeResponse Encode(string service, string operation, JsonObject tree, string requestId)
    {
        var model = ModelCatalog.Default.Operation(service, operation);
        return ResponseEncoder.For(model.Service.Protocol).Encode(model, tree, requestId);
    }

    private static void AssertSameXml(string expected, string actual) =>
        Assert.Equal(Canonical(XElement.Parse(expected)), Canonical(XElement.Parse(actual)));

    /// <summary>An element as text with its children sorted by name: member order is not part of the protocols.</summary>
    private static string Canonical(XElement element) => element.HasElements
        ? $"<{element.Name}{string.Concat(element.Attributes().Where(a => !a.IsNamespaceDeclaration).Select(a => $" {a.Name}={a.Value}"))}>"
            + string.Concat(element.Elements().Select(Canonical).Order(StringComparer.Ordinal)) + $"</{element.Name}>"
        : $"<{element.Name}>{element.Value}</{element.Name}>";
}
