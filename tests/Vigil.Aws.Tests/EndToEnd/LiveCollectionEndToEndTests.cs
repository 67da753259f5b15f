using System.Net;
using Vigil.Aws.Collection;
using Vigil.Aws.Credentials;
using Vigil.Aws.Signing;
using Vigil.Aws.Tests.Collectors.Iam;
using Vigil.Checks;
using Vigil.Core.Checks;
using Vigil.Core.Engine;
using Vigil.Core.Findings;
using Vigil.Core.Serialization;

namespace Vigil.Aws.Tests.EndToEnd;

/// <summary>The whole live path over HTTP: credentials, GetCallerIdentity first, every collector against one custom
/// endpoint, the snapshot written and read back, and the checks on it.</summary>
public sealed class LiveCollectionEndToEndTests
{
    private const string Queue = "https://sqs.us-east-1.amazonaws.com/123456789012/orders";

    [Fact]
    public async Task Collect_ThroughACustomEndpoint_ReadsWhatItCanAndRecordsEveryCallThatFailed()
    {
        var aws = new FakeAws()
            .On("sts:GetCallerIdentity", () => FakeAws.Respond(HttpStatusCode.OK,
                "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:role/vigil</Arn><UserId>AROAVIGIL</UserId><Account>123456789012</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>e2e</RequestId></ResponseMetadata></GetCallerIdentityResponse>",
                "text/xml"))
            .On("sqs:ListQueues", () => FakeAws.Respond(HttpStatusCode.OK, $$"""{"QueueUrls":["{{Queue}}"]}""", "application/x-amz-json-1.0"))
            .On("sqs:GetQueueAttributes", () => FakeAws.Respond(HttpStatusCode.OK, """
                {"Attributes":{"QueueArn":"arn:aws:sqs:us-east-1:123456789012:orders","SqsManagedSseEnabled":"true",
                 "Policy":"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sqs:SendMessage\",\"Resource\":\"arn:aws:sqs:us-east-1:123456789012:orders\"}]}"}}
                """, "application/x-amz-json-1.0"))
            .On("sqs:ListQueueTags", () => FakeAws.Respond(HttpStatusCode.OK, """{"Tags":{"team":"orders"}}""", "application/x-amz-json-1.0"));
        await using var endpoint = new FakeAwsEndpoint(aws);
        var options = new LiveOptions
        {
            CredentialSource = new StaticCredentialSource(new SigningCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", null)),
            Regions = ["us-east-1"],
            EndpointUrl = endpoint.Url,
            Environment = _ => null,
        };

        var collected = await LiveEstate.CollectAsync(options, TimeProvider.System, CancellationToken.None);
        var path = Path.Combine(Directory.CreateTempSubdirectory("vigil-e2e-").FullName, "live.json.gz");
        await SnapshotFile.SaveAsync(collected, path, CancellationToken.None);
        var snapshot = await SnapshotFile.LoadAsync(path, CancellationToken.None);

        Assert.Equal("sts:GetCallerIdentity", aws.Calls[0].Key);
        var queue = Assert.Single(snapshot.SqsQueues);
        Assert.Equal(("arn:aws:sqs:us-east-1:123456789012:orders", "123456789012"), (queue.Arn, queue.AccountId));
        Assert.Equal("orders", queue.Tags["team"]);
        Assert.NotEmpty(snapshot.Errors);
        // The fake answers what it was not scripted for (or cannot route) with a JSON 400, which XML services read as
        // error code "400"; each such call is a recorded error, never a silently empty service.
        Assert.All(snapshot.Errors, e => Assert.True(e.ErrorCode is "UnscriptedOperation" or "FakeCannotRoute" or "400", e.Describe()));
        Assert.DoesNotContain(snapshot.Errors, e => e.Service == "sqs");
        // No service whose calls failed comes back silently empty. (A detail call that fails after its listing already
        // failed has no resource to mark, so it adds no error of its own.)
        var failedServices = snapshot.Errors.Select(e => e.Service).ToHashSet();
        var silent = aws.Unscripted.Select(c => c.Split(':')[0]).Where(s => !failedServices.Contains(s)).Distinct().ToList();
        Assert.True(silent.Count == 0, "services whose failed calls left no error: " + string.Join(", ", silent));

        var context = new CheckContext(snapshot, snapshot.CollectedAt!.Value, CheckSettings.Default);
        var findings = ScanEngine.Evaluate(snapshot, BuiltInChecks.Catalog.Checks, context, CancellationToken.None);
        Assert.Equal(FindingStatus.Fail, Assert.Single(findings, f => f.Check.Metadata.Id == "sqs-queue-policy-no-public-access").Status);
        Assert.All(findings.Where(f => f.Check.Metadata.Service is "s3" or "iam" or "ec2"), f => Assert.NotEqual(FindingStatus.Pass, f.Status));
    }
}
