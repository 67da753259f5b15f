using System.Text.Json.Nodes;
using Vigil.Aws.Http;
using Vigil.Aws.Models;
using Vigil.Aws.Protocols;
using Vigil.ScriptedAws.Wire;

namespace Vigil.Aws.Tests.Scripted;

/// <summary>The fake's encoder against Vigil's own readers: for every operation of every service in Vigil's models
/// (all five protocols), a full output tree encoded to the wire and read back is the same tree; errors read back
/// with their codes.</summary>
public sealed class EncoderRoundTripTests
{
    public static TheoryData<string, string> Operations()
    {
        var data = new TheoryData<string, string>();
        foreach (var service in ModelCatalog.Default.Services.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            foreach (var operation in service.Operations.Where(o => o.Output is not null).OrderBy(o => o.Name, StringComparer.Ordinal)) data.Add(service.Name, operation.Name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void EveryOutput_EncodedThenReadByVigil_IsTheSameTree(string service, string operation)
    {
        var model = ModelCatalog.Default.Operation(service, operation);
        var tree = SampleTrees.Output(model);

        var encoded = ResponseEncoder.For(model.Service.Protocol).Encode(model, tree, "req-1");
        var read = WireFormat.For(model.Service.Protocol).Deserialize(model, AsResponse(encoded));

        Assert.True(JsonNode.DeepEquals(tree, read), $"wrote {tree.ToJsonString()}\nsent {encoded.BodyText}\nread {read.ToJsonString()}");
    }

    [Theory]
    [InlineData("iam", "GetAccountSummary", WireProtocol.Query)]
    [InlineData("ec2", "DescribeVpcs", WireProtocol.Ec2)]
    [InlineData("kms", "ListKeys", WireProtocol.Json)]
    [InlineData("sqs", "ListQueues", WireProtocol.Json)]
    [InlineData("lambda", "ListFunctions", WireProtocol.RestJson)]
    [InlineData("s3", "GetBucketPolicy", WireProtocol.RestXml)]
    public void Errors_ReadBackWithTheirCodesAndClassification(string service, string operation, WireProtocol protocol)
    {
        var model = ModelCatalog.Default.Operation(service, operation);
        Assert.Equal(protocol, model.Service.Protocol);
        var encoder = ResponseEncoder.For(protocol);
        var reader = WireFormat.For(protocol);

        var throttling = ServiceErrors.Throttling(model.Service);
        var throttled = reader.ReadError(model, AsResponse(encoder.EncodeError(model, throttling, "req-2", headRequest: false)));
        var denied = reader.ReadError(model, AsResponse(encoder.EncodeError(model, ServiceErrors.AccessDenied(model.Service, operation), "req-3", headRequest: false)));
        var failure = ServiceErrors.InternalFailure(model.Service);
        var failed = reader.ReadError(model, AsResponse(encoder.EncodeError(model, failure, "req-4", headRequest: false)));

        Assert.Equal(throttling.Code, throttled.Code);
        Assert.True(Vigil.Aws.Execution.ErrorClassification.IsThrottling(throttled.Code, throttling.Status), throttled.Code);
        Assert.True(Vigil.Aws.Execution.ErrorClassification.IsAccessDenied(denied.Code), denied.Code);
        Assert.True(Vigil.Aws.Execution.ErrorClassification.IsRetryable(failed.Code, failure.Status), failed.Code);
        Assert.Equal("req-3", denied.RequestId);
    }

    internal static AwsHttpResponse AsResponse(FakeResponse response) => new()
    {
        StatusCode = response.StatusCode,
        Headers = new Dictionary<string, string>(response.Headers, StringComparer.OrdinalIgnoreCase),
        Body = response.Body,
    };
}
