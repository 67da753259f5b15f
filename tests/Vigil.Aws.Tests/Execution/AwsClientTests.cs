using System.Net;
using System.Text.Json.Nodes;
using Vigil.Aws.Execution;

namespace Vigil.Aws.Tests.Execution;

public sealed class AwsClientTests
{
    private const string Throttled = "<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>t</RequestId></ErrorResponse>";

    [Fact]
    public async Task CallAsync_Throttled_RetriesWithFullJitterBackoff_ThenSucceeds()
    {
        using var harness = new ClientHarness((attempt, _, _, _) => Task.FromResult(attempt <= 2
            ? ScriptedHandler.Respond(HttpStatusCode.BadRequest, Throttled)
            : ScriptedHandler.Respond(HttpStatusCode.OK, ClientHarness.CallerIdentityXml)), new AwsClientOptions { AdaptiveRateLimiting = false });

        var output = await harness.RunAsync(harness.Client.CallAsync("sts", "GetCallerIdentity", null, "eu-west-1", CancellationToken.None));

        Assert.Equal("123456789012", output["Account"]!.GetValue<string>());
        var times = harness.Handler.Received.Select(r => r.Time).ToList();
        Assert.Equal(3, times.Count);
        // FixedRandom(0.5) with the 1 s base: half of 1 s before the first retry, half of 2 s before the second.
        AssertGap(times[0], times[1], TimeSpan.FromMilliseconds(500));
        AssertGap(times[1], times[2], TimeSpan.FromMilliseconds(1000));
        Assert.Equal(new AwsCallStatistics(Calls: 1, Attempts: 3, Retries: 2, Throttles: 2, Failures: 0), harness.Client.Statistics);
    }

    [Fact]
    public async Task CallAsync_Throttled_WithAdaptiveRateLimiting_WaitsForTheLimiterToo()
    {
        using var harness = new ClientHarness((attempt, _, _, _) => Task.FromResult(attempt == 1
            ? ScriptedHandler.Respond(HttpStatusCode.BadRequest, Throttled)
            : ScriptedHandler.Respond(HttpStatusCode.OK, ClientHarness.CallerIdentityXml)));

        await harness.RunAsync(harness.Client.CallAsync("sts", "GetCallerIdentity", null, "eu-west-1", CancellationToken.None));

        var times = harness.Handler.Received.Select(r => r.Time).ToList();
        // Throttled before any send rate was measured, the limiter starts from its floor of 0.5 requests a second.
        Assert.True(times[1] - times[0] >= TimeSpan.FromSeconds(1.5), $"the retry came after {times[1] - times[0]}");
    }

    [Fact]
    public async Task CallAsync_AccessDenied_FailsAtOnceWithTheDetails()
    {
        using var harness = new ClientHarness((_, _, _, _) => Task.FromResult(ScriptedHandler.Respond(HttpStatusCode.Forbidden,
            "<ErrorResponse><Error><Code>AccessDenied</Code><Message>not authorized to perform: iam:ListUsers</Message></Error><RequestId>r-1</RequestId></ErrorResponse>")));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => harness.RunAsync(harness.Client.CallAsync("iam", "ListUsers", null, "eu-west-1", CancellationToken.None)));

        Assert.Equal(("iam", "eu-west-1", "ListUsers", "AccessDenied", 403, "r-1"), (error.Service, error.Region, error.Operation, error.ErrorCode, error.HttpStatus, error.RequestId));
        Assert.True(error.IsAccessDenied);
        Assert.Single(harness.Handler.Received);
        var recorded = error.ToCollectionError("123456789012", "AWS::IAM::User");
        Assert.Equal("iam:ListUsers failed with AccessDenied in eu-west-1 (not authorized to perform: iam:ListUsers)", recorded.Describe());
    }

    [Fact]
    public async Task CallAsync_ServerErrors_GiveUpAfterMaxAttempts()
    {
        using var harness = new ClientHarness((_, _, _, _) => Task.FromResult(ScriptedHandler.Respond(HttpStatusCode.InternalServerError,
            """{"__type": "InternalFailure", "message": "boom"}""", "application/x-amz-json-1.1")), new AwsClientOptions { MaxAttempts = 3 });

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => harness.RunAsync(harness.Client.CallAsync("kms", "ListKeys", null, "us-east-1", CancellationToken.None)));

        Assert.Equal(("InternalFailure", 500), (error.ErrorCode, error.HttpStatus));
        Assert.Equal(3, harness.Handler.Received.Count);
        Assert.Equal(1, harness.Client.Statistics.Failures);
    }

    [Fact]
    public async Task CallAsync_NetworkError_IsRetried()
    {
        using var harness = new ClientHarness((attempt, _, _, _) => attempt == 1
            ? throw new HttpRequestException("Connection refused")
            : Task.FromResult(ScriptedHandler.Respond(HttpStatusCode.OK, ClientHarness.CallerIdentityXml)));

        var output = await harness.RunAsync(harness.Client.CallAsync("sts", "GetCallerIdentity", null, "us-east-1", CancellationToken.None));

        Assert.Equal("123456789012", output["Account"]!.GetValue<string>());
        Assert.Equal(2, harness.Handler.Received.Count);
    }

    [Fact]
    public async Task CallAsync_SlowResponse_TimesOutThatAttemptAndRetries()
    {
        using var harness = new ClientHarness(async (attempt, _, _, cancellationToken) =>
        {
            if (attempt == 1) await Task.Delay(Timeout.Infinite, cancellationToken);
            return ScriptedHandler.Respond(HttpStatusCode.OK, ClientHarness.CallerIdentityXml);
        }, new AwsClientOptions { AttemptTimeout = TimeSpan.FromSeconds(5) });

        var output = await harness.RunAsync(harness.Client.CallAsync("sts", "GetCallerIdentity", null, "us-east-1", CancellationToken.None));

        Assert.NotNull(output["Arn"]);
        var times = harness.Handler.Received.Select(r => r.Time).ToList();
        AssertGap(times[0], times[1], TimeSpan.FromMilliseconds(5500));
    }

    [Fact]
    public async Task CallAsync_EveryAttemptTimesOut_FailsWithRequestTimeout()
    {
        using var harness = new ClientHarness(async (_, _, _, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return ScriptedHandler.Respond(HttpStatusCode.OK, "");
        }, new AwsClientOptions { AttemptTimeout = TimeSpan.FromSeconds(1), MaxAttempts = 2 });

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => harness.RunAsync(harness.Client.CallAsync("sts", "GetCallerIdentity", null, "us-east-1", CancellationToken.None)));

        Assert.Equal((ErrorClassification.RequestTimeout, 0), (error.ErrorCode, error.HttpStatus));
    }

    [Fact]
    public async Task CallAsync_CallerCancels_StopsWithoutRetrying()
    {
        using var cancellation = new CancellationTokenSource();
        using var harness = new ClientHarness((_, _, _, _) =>
        {
            cancellation.Cancel();
            return Task.FromResult(ScriptedHandler.Respond(HttpStatusCode.ServiceUnavailable, ""));
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.RunAsync(harness.Client.CallAsync("sts", "GetCallerIdentity", null, "us-east-1", cancellation.Token)));
        Assert.Single(harness.Handler.Received);
    }

    [Fact]
    public async Task CallAsync_UnreadableSuccess_IsAnInvalidResponseError()
    {
        using var harness = new ClientHarness((_, _, _, _) => Task.FromResult(ScriptedHandler.Respond(HttpStatusCode.OK, "<GetCallerIdentityResponse>")));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => harness.RunAsync(harness.Client.CallAsync("sts", "GetCallerIdentity", null, "us-east-1", CancellationToken.None)));

        Assert.Equal("InvalidResponse", error.ErrorCode);
        Assert.Single(harness.Handler.Received);
    }

    [Fact]
    public async Task CallAsync_NeverRunsMoreThanTheServiceLimitAtOnce()
    {
        var inFlight = 0;
        var highest = 0;
        using var harness = new ClientHarness(async (_, _, _, cancellationToken) =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref highest, now);
            await Task.Delay(30, cancellationToken);
            Interlocked.Decrement(ref inFlight);
            return ScriptedHandler.Respond(HttpStatusCode.OK, "{}", "application/x-amz-json-1.1");
        }, new AwsClientOptions { ServiceConcurrency = new Dictionary<string, int> { ["kms"] = 2 } });

        var calls = Enumerable.Range(0, 8).Select(_ => harness.Client.CallAsync("kms", "ListKeys", null, "us-east-1", CancellationToken.None)).ToList();
        await Task.WhenAll(calls);

        Assert.Equal(2, highest);
        Assert.Equal(8, harness.Handler.Received.Count);
    }

    [Fact]
    public async Task CallAsync_SignsForTheServiceAndRegion()
    {
        HttpRequestMessage? seen = null;
        using var harness = new ClientHarness((_, request, _, _) =>
        {
            seen = request;
            return Task.FromResult(ScriptedHandler.Respond(HttpStatusCode.OK, "{}", "application/x-amz-json-1.1"));
        });

        await harness.Client.CallAsync("kms", "ListKeys", null, "eu-west-3", CancellationToken.None);

        Assert.Equal("https://kms.eu-west-3.amazonaws.com/", seen!.RequestUri!.ToString());
        var authorization = seen.Headers.GetValues("Authorization").Single();
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20250101/eu-west-3/kms/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target,", authorization, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallAsync_S3BucketInAnotherRegion_FollowsTheRegionS3Names()
    {
        var requests = new List<HttpRequestMessage>();
        using var harness = new ClientHarness((attempt, request, _, _) =>
        {
            requests.Add(request);
            if (attempt > 1) return Task.FromResult(ScriptedHandler.Respond(HttpStatusCode.OK, "{\"Statement\":[]}", "application/json"));
            var redirect = ScriptedHandler.Respond(HttpStatusCode.MovedPermanently,
                "<Error><Code>PermanentRedirect</Code><Message>The bucket you are attempting to access must be addressed using the specified endpoint.</Message></Error>");
            redirect.Headers.Add("x-amz-bucket-region", "eu-west-1");
            return Task.FromResult(redirect);
        });

        var output = await harness.RunAsync(harness.Client.CallAsync("s3", "GetBucketPolicy", new JsonObject { ["Bucket"] = "amzn-s3-demo-bucket" }, "us-east-1", CancellationToken.None));

        Assert.Equal("{\"Statement\":[]}", output["Policy"]!.GetValue<string>());
        Assert.Equal(["https://amzn-s3-demo-bucket.s3.us-east-1.amazonaws.com/?policy=", "https://amzn-s3-demo-bucket.s3.eu-west-1.amazonaws.com/?policy="],
            requests.Select(r => r.RequestUri!.ToString()));
        Assert.Contains("/eu-west-1/s3/aws4_request", requests[1].Headers.GetValues("Authorization").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallAsync_ClockTooFarFromAws_IsCorrectedFromTheDateHeaderAndSignedAgain()
    {
        var signedAt = new List<string>();
        using var harness = new ClientHarness((attempt, request, _, _) =>
        {
            signedAt.Add(request.Headers.GetValues("x-amz-date").Single());
            if (attempt > 1) return Task.FromResult(ScriptedHandler.Respond(HttpStatusCode.OK, ClientHarness.CallerIdentityXml));
            var refused = ScriptedHandler.Respond(HttpStatusCode.Forbidden,
                "<ErrorResponse><Error><Type>Sender</Type><Code>SignatureDoesNotMatch</Code><Message>Signature expired: 20250101T000000Z is now earlier than 20250101T005500Z</Message></Error></ErrorResponse>");
            refused.Headers.Date = new DateTimeOffset(2025, 1, 1, 1, 0, 0, TimeSpan.Zero);
            return Task.FromResult(refused);
        }, new AwsClientOptions { AdaptiveRateLimiting = false });

        await harness.RunAsync(harness.Client.CallAsync("sts", "GetCallerIdentity", null, "us-east-1", CancellationToken.None));

        Assert.Equal(2, signedAt.Count);
        Assert.StartsWith("20250101T0000", signedAt[0], StringComparison.Ordinal);
        Assert.StartsWith("20250101T0100", signedAt[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PaginateAsync_FollowsMarkersUntilTheLastPage()
    {
        using var harness = new ClientHarness((attempt, _, _, _) => Task.FromResult(ScriptedHandler.Respond(HttpStatusCode.OK, attempt switch
        {
            1 => UsersPage("alice", "m1"),
            2 => UsersPage("bob", "m2"),
            _ => UsersPage("carol", null),
        })));

        var names = new List<string>();
        await foreach (var page in harness.Client.PaginateAsync("iam", "ListUsers", new JsonObject { ["MaxItems"] = 1 }, "us-east-1", CancellationToken.None))
        {
            names.AddRange(page["Users"]!.AsArray().Select(u => u!["UserName"]!.GetValue<string>()));
        }

        Assert.Equal(["alice", "bob", "carol"], names);
        Assert.Equal(["Action=ListUsers&Version=2010-05-08&MaxItems=1", "Action=ListUsers&Version=2010-05-08&Marker=m1&MaxItems=1",
            "Action=ListUsers&Version=2010-05-08&Marker=m2&MaxItems=1"], harness.Handler.Received.Select(r => r.Body));
    }

    [Fact]
    public async Task PaginateAsync_RepeatedToken_IsAnError()
    {
        using var harness = new ClientHarness((_, _, _, _) => Task.FromResult(ScriptedHandler.Respond(HttpStatusCode.OK, UsersPage("alice", "same"))));

        var error = await Assert.ThrowsAsync<AwsServiceException>(async () =>
        {
            await foreach (var _ in harness.Client.PaginateAsync("iam", "ListUsers", null, "us-east-1", CancellationToken.None))
            {
            }
        });

        Assert.Equal("PaginationLoop", error.ErrorCode);
        Assert.Equal(2, harness.Handler.Received.Count);
    }

    [Fact]
    public async Task PaginateAsync_OperationWithoutPaginator_IsAnError()
    {
        using var harness = new ClientHarness((_, _, _, _) => throw new InvalidOperationException("no call expected"));

        await Assert.ThrowsAsync<ArgumentException>(async () =>
        {
            await foreach (var _ in harness.Client.PaginateAsync("sts", "GetCallerIdentity", null, "us-east-1", CancellationToken.None))
            {
            }
        });
    }

    private static string UsersPage(string user, string? marker) => $"""
        <ListUsersResponse><ListUsersResult><Users><member><UserName>{user}</UserName><Path>/</Path><UserId>id</UserId>
        <Arn>arn:aws:iam::123456789012:user/{user}</Arn><CreateDate>2020-01-01T00:00:00Z</CreateDate></member></Users>
        <IsTruncated>{(marker is null ? "false" : "true")}</IsTruncated>{(marker is null ? "" : $"<Marker>{marker}</Marker>")}</ListUsersResult></ListUsersResponse>
        """;

    private static void AssertGap(DateTimeOffset earlier, DateTimeOffset later, TimeSpan expected)
    {
        var gap = later - earlier;
        Assert.True(gap >= expected && gap < expected + TimeSpan.FromMilliseconds(150), $"expected a gap of about {expected}, got {gap}");
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
