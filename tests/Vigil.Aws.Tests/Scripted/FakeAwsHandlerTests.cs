using System.Text.Json.Nodes;
using Vigil.Aws.Models;
using Vigil.Aws.Protocols;
using Vigil.Aws.Signing;
using Vigil.ScriptedAws;
using Vigil.ScriptedAws.Faults;
using Vigil.ScriptedAws.Script;
using Vigil.ScriptedAws.Wire;

namespace Vigil.Aws.Tests.Scripted;

/// <summary>The fake answering requests as Vigil's own request writers build and sign them: operations recognised
/// in each protocol, answers picked by input members, faults injected as asked.</summary>
public sealed class FakeAwsHandlerTests
{
    [Theory]
    [InlineData("s3", "GetBucketPolicy", """{"Bucket":"b1"}""", "eu-west-1")]
    [InlineData("s3", "GetBucketAcl", """{"Bucket":"b1"}""", "eu-west-1")]
    [InlineData("s3control", "ListAccessPoints", """{"AccountId":"123456789012"}""", "eu-west-1")]
    [InlineData("iam", "ListAccessKeys", """{"UserName":"alice"}""", "us-east-1")]
    [InlineData("ec2", "DescribeSnapshotAttribute", """{"Attribute":"createVolumePermission","SnapshotId":"snap-1"}""", "eu-west-1")]
    [InlineData("kms", "GetKeyPolicy", """{"KeyId":"k1","PolicyName":"default"}""", "eu-west-1")]
    [InlineData("lambda", "GetFunctionUrlConfig", """{"FunctionName":"f1"}""", "eu-west-1")]
    [InlineData("elbv2", "DescribeLoadBalancers", "{}", "eu-west-1")]
    [InlineData("elb", "DescribeLoadBalancers", "{}", "eu-west-1")]
    public void Recognize_TellsEachOperationApartAndDecodesItsInput(string service, string operation, string input, string signedFor)
    {
        var request = Signed(service, operation, JsonNode.Parse(input)!.AsObject(), "eu-west-1");

        var call = new RequestRecognizer(ModelCatalog.Default).Recognize(request);

        Assert.Equal($"{service}:{operation}", call.Key);
        Assert.Equal(signedFor, call.Region);
        foreach (var (name, value) in JsonNode.Parse(input)!.AsObject())
        {
            Assert.Equal(ScriptedAccount.Text(value), ScriptedAccount.Text(call.Input[name]));
        }
    }

    [Fact]
    public void Handle_PicksTheAnswerScriptedForTheResourceAndRegion()
    {
        var script = new ScriptedAccount()
            .Answer("s3", "GetBucketPolicy", new JsonObject { ["Policy"] = "p1" }, when: new JsonObject { ["Bucket"] = "b1" })
            .Answer("s3", "GetBucketPolicy", new JsonObject { ["Policy"] = "p2" }, when: new JsonObject { ["Bucket"] = "b2" })
            .Fail("s3", "GetBucketPolicy", new FakeError("NoSuchBucketPolicy", "none", 404), "eu-west-1", new JsonObject { ["Bucket"] = "b2" });
        var handler = new FakeAwsHandler(script, new FaultPlan(), 100);

        var b1 = Read("s3", "GetBucketPolicy", handler.Handle(Signed("s3", "GetBucketPolicy", new JsonObject { ["Bucket"] = "b1" }, "us-east-1")).Response);
        var b2 = Read("s3", "GetBucketPolicy", handler.Handle(Signed("s3", "GetBucketPolicy", new JsonObject { ["Bucket"] = "b2" }, "us-east-1")).Response);
        var (b2InEurope, call) = handler.Handle(Signed("s3", "GetBucketPolicy", new JsonObject { ["Bucket"] = "b2" }, "eu-west-1"));

        Assert.Equal("p1", b1["Policy"]!.GetValue<string>());
        Assert.Equal("p2", b2["Policy"]!.GetValue<string>());
        Assert.Equal((404, "NoSuchBucketPolicy"), (b2InEurope.StatusCode, call.ErrorCode));
    }

    [Fact]
    public void Handle_InjectedFaults_AreCountedAndCarryTheProtocolsCodes()
    {
        var faults = new FaultPlan().Throttle(2, c => c.Service == "ec2").ServerError(1).Deny("iam", "ListUsers");
        var handler = new FakeAwsHandler(new ScriptedAccount(), faults, 100);
        FakeCall Call(string service, string operation) => handler.Handle(Signed(service, operation, [], "us-east-1")).Call;

        var ec2 = Enumerable.Range(0, 3).Select(_ => Call("ec2", "DescribeVpcs")).ToList();
        var kms = Enumerable.Range(0, 2).Select(_ => Call("kms", "ListKeys")).ToList();
        var iam = Call("iam", "ListUsers");

        Assert.Equal([("RequestLimitExceeded", 503), ("RequestLimitExceeded", 503), ("InternalError", 500)], ec2.Select(c => (c.ErrorCode, c.Status)));
        Assert.Equal([200, 200], kms.Select(c => c.Status));
        Assert.Equal(("AccessDenied", 403), (iam.ErrorCode, iam.Status));
    }

    [Fact]
    public void Handle_UnscriptedOperations_AnswerEmptyOrFailAsConfigured()
    {
        var empty = new FakeAwsHandler(new ScriptedAccount(), new FaultPlan(), 100).Handle(Signed("sqs", "ListQueues", [], "us-east-1"));
        var failing = new FakeAwsHandler(new ScriptedAccount { Unscripted = UnscriptedCalls.Fail }, new FaultPlan(), 100).Handle(Signed("sqs", "ListQueues", [], "us-east-1"));

        Assert.Equal(200, empty.Response.StatusCode);
        Assert.Equal((400, "UnscriptedOperation"), (failing.Response.StatusCode, failing.Call.ErrorCode));
    }

    private static JsonObject Read(string service, string operation, FakeResponse response)
    {
        var model = ModelCatalog.Default.Operation(service, operation);
        return WireFormat.For(model.Service.Protocol).Deserialize(model, EncoderRoundTripTests.AsResponse(response));
    }

    /// <summary>A request as Vigil's AwsClient sends it to a custom endpoint: serialised, addressed path-style, signed.</summary>
    private static FakeRequest Signed(string service, string operation, JsonObject input, string region)
    {
        var model = ModelCatalog.Default.Operation(service, operation);
        var request = WireFormat.For(model.Service.Protocol).Serialize(model, input);
        var endpoint = new Vigil.Aws.Endpoints.EndpointResolver(ModelCatalog.Default, new Uri("http://127.0.0.1:1/"), _ => null).Resolve(model.Service, region);
        Vigil.Aws.Endpoints.RequestAddressing.Apply(request, endpoint);
        SigV4Signer.Sign(request, new SigningCredentials("AKIDTEST", "secret", null), endpoint.SigningRegion, model.Service.SigningName, DateTimeOffset.UtcNow, model.Service.SigningName == "s3");
        return new FakeRequest(request.Method, request.ToUri().AbsolutePath, [.. request.Query],
            new Dictionary<string, string>(request.Headers, StringComparer.OrdinalIgnoreCase), request.Body);
    }
}
