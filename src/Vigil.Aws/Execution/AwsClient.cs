using System.Collections.Concurrent;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Aws.Credentials;
using Vigil.Aws.Endpoints;
using Vigil.Aws.Http;
using Vigil.Aws.Models;
using Vigil.Aws.Protocols;
using Vigil.Aws.Signing;

namespace Vigil.Aws.Execution;

/// <summary>The one executor every collector calls. An operation is named by its botocore service and operation
/// names; input and output are JSON objects with botocore member names (timestamps as ISO 8601 text, blobs as
/// base64), whatever the service's wire protocol. Each call waits for a slot of its service and region, for
/// the adaptive rate limiter, then signs and sends; throttling, 5xx, timeouts and network errors are retried
/// with full-jitter backoff; S3 calls sent to the wrong region follow the bucket's region once; a clock AWS
/// disagrees with is corrected from the responses' Date header; anything else, or the last failure, is an
/// <see cref="AwsServiceException"/>.</summary>
public sealed class AwsClient : IDisposable
{
    private readonly ICredentialSource _credentials;
    private readonly TimeProvider _time;
    private readonly HttpClient _http;
    private readonly EndpointResolver _endpoints;
    private readonly ConcurrencyLimits _limits;
    private readonly RetryBackoff _backoff;
    private readonly ClockSkew _clock;
    private readonly ConcurrentDictionary<string, AdaptiveRateLimiter> _rateLimiters = new(StringComparer.Ordinal);
    private long _calls;
    private long _attempts;
    private long _retries;
    private long _throttles;
    private long _failures;

    public AwsClient(ICredentialSource credentials, AwsClientOptions? options = null, HttpMessageHandler? handler = null,
        TimeProvider? time = null, ModelCatalog? models = null, Random? random = null)
    {
        Options = options ?? new AwsClientOptions();
        Options.Validate();
        Models = models ?? ModelCatalog.Default;
        _credentials = credentials;
        _time = time ?? TimeProvider.System;
        _endpoints = new EndpointResolver(Models, Options.EndpointUrl, Options.Environment);
        _limits = new ConcurrencyLimits(Options);
        _backoff = new RetryBackoff(Options, random ?? Random.Shared);
        _clock = new ClockSkew(_time);
        _http = new HttpClient(handler ?? CreateHandler(Options), disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public AwsClientOptions Options { get; }
    public ModelCatalog Models { get; }

    public AwsCallStatistics Statistics => new(Interlocked.Read(ref _calls), Interlocked.Read(ref _attempts),
        Interlocked.Read(ref _retries), Interlocked.Read(ref _throttles), Interlocked.Read(ref _failures));

    /// <summary>Calls one operation once (with retries). Unknown services, operations or input members are an
    /// <see cref="ArgumentException"/>; failures AWS reports are an <see cref="AwsServiceException"/>.</summary>
    public async Task<JsonObject> CallAsync(string service, string operation, JsonObject? input, string region, CancellationToken cancellationToken)
    {
        var model = Models.Operation(service, operation);
        var format = WireFormat.For(model.Service.Protocol);
        var target = TargetFor(model, region);
        var redirected = false;
        input ??= [];
        Interlocked.Increment(ref _calls);
        for (var attempt = 1; ; attempt++)
        {
            var outcome = await AttemptAsync(model, format, input, target, cancellationToken).ConfigureAwait(false);
            if (outcome.Result is { } result) return result;
            if (outcome.RedirectRegion is { } bucketRegion && !redirected && !target.Endpoint.IsCustom)
            {
                redirected = true;
                target = TargetFor(model, bucketRegion);
                continue;
            }
            if (!outcome.Retryable || attempt >= Options.MaxAttempts)
            {
                Interlocked.Increment(ref _failures);
                throw outcome.Failure!;
            }
            Interlocked.Increment(ref _retries);
            await Task.Delay(_backoff.Delay(attempt), _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Every page of a paginated operation, following its botocore paginator (tokens, the
    /// more-results flag); stops when no token comes back and fails if a token repeats.</summary>
    public async IAsyncEnumerable<JsonObject> PaginateAsync(string service, string operation, JsonObject? input, string region,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var model = Models.Operation(service, operation);
        var paginator = model.Paginator ?? throw new ArgumentException($"{model} does not paginate in Vigil's models; use CallAsync", nameof(operation));
        var request = input?.DeepClone().AsObject() ?? [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var page = await CallAsync(service, operation, request, region, cancellationToken).ConfigureAwait(false);
            yield return page;
            if (paginator.MoreResults is { } more && !IsTrue(PageTokens.Evaluate(page, more))) yield break;
            var tokens = paginator.OutputTokens.Select(t => PageTokens.Evaluate(page, t)).ToList();
            if (tokens.All(PageTokens.IsEmpty)) yield break;
            if (!seen.Add(string.Join('\u0001', tokens.Select(t => t?.ToJsonString() ?? ""))))
            {
                throw new AwsServiceException(service, region, operation, "PaginationLoop",
                    $"the service returned the same pagination token twice ({string.Join(", ", paginator.OutputTokens)})", 0, null);
            }
            for (var i = 0; i < paginator.InputTokens.Count; i++)
            {
                if (PageTokens.IsEmpty(tokens[i])) request.Remove(paginator.InputTokens[i]);
                else request[paginator.InputTokens[i]] = tokens[i]!.DeepClone();
            }
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        _limits.Dispose();
    }

    private CallTarget TargetFor(Operation model, string region)
    {
        var endpoint = _endpoints.Resolve(model.Service, region);
        var service = model.Service.Name;
        var limiter = Options.AdaptiveRateLimiting
            ? _rateLimiters.GetOrAdd($"{service}|{endpoint.SigningRegion}", _ => new AdaptiveRateLimiter(_time))
            : null;
        return new CallTarget(region, endpoint, _limits.For(service, endpoint.SigningRegion), limiter);
    }

    private async Task<AttemptOutcome> AttemptAsync(Operation model, WireFormat format, JsonObject input, CallTarget target, CancellationToken cancellationToken)
    {
        var (service, region) = (model.Service.Name, target.Region);
        // Building the request and reading the answer are local work: only the exchange with AWS holds a slot of
        // the service's concurrency, so a busy machine does not leave slots idle while it parses.
        var request = format.Serialize(model, input);
        RequestAddressing.Apply(request, target.Endpoint);
        var (response, failure) = await ExchangeAsync(model, request, target, cancellationToken).ConfigureAwait(false);
        if (failure is not null) return new(null, failure, true);
        var clockCorrected = _clock.Observe(response!.Header("Date"));
        if (response.IsSuccess)
        {
            target.Limiter?.Record(throttled: false);
            try
            {
                return AttemptOutcome.Success(format.Deserialize(model, response));
            }
            catch (Exception e) when (e is InvalidDataException or JsonException or FormatException)
            {
                return new(null, new AwsServiceException(service, region, model.Name, "InvalidResponse", e.Message, response.StatusCode,
                    response.Header("x-amzn-RequestId") ?? response.Header("x-amz-request-id"), e), false);
            }
        }
        var error = format.ReadError(model, response);
        var throttled = ErrorClassification.IsThrottling(error.Code, response.StatusCode);
        if (throttled) Interlocked.Increment(ref _throttles);
        target.Limiter?.Record(throttled);
        var serviceFailure = new AwsServiceException(service, region, model.Name, error.Code, error.Message, response.StatusCode, error.RequestId);
        var retryable = ErrorClassification.IsRetryable(error.Code, response.StatusCode) || (clockCorrected && ErrorClassification.IsClockSkew(error.Code));
        return new(null, serviceFailure, retryable, S3RedirectRegion(model, response, region));
    }

    /// <summary>Waits for a slot of the service in the region and for the rate limiter, signs, sends and reads the
    /// whole answer; a timeout or network failure is the (retryable) failure instead.</summary>
    private async Task<(AwsHttpResponse? Response, AwsServiceException? Failure)> ExchangeAsync(Operation model, AwsHttpRequest request, CallTarget target,
        CancellationToken cancellationToken)
    {
        var (service, region) = (model.Service.Name, target.Region);
        await target.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (target.Limiter is { } waiting) await waiting.AcquireAsync(cancellationToken).ConfigureAwait(false);
            var credentials = await _credentials.GetAsync(cancellationToken).ConfigureAwait(false);
            SigV4Signer.Sign(request, credentials, target.Endpoint.SigningRegion, model.Service.SigningName, _clock.Now(), s3Rules: model.Service.SigningName == "s3");
            Interlocked.Increment(ref _attempts);
            using var timeout = new CancellationTokenSource(Options.AttemptTimeout, _time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            try
            {
                return (await SendAsync(request, linked.Token).ConfigureAwait(false), null);
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                return (null, new AwsServiceException(service, region, model.Name, ErrorClassification.RequestTimeout,
                    $"no complete response within {Options.AttemptTimeout.TotalSeconds:0.###} s", 0, null, e));
            }
            catch (Exception e) when (e is HttpRequestException or IOException)
            {
                return (null, new AwsServiceException(service, region, model.Name, ErrorClassification.NetworkError, e.Message, 0, null, e));
            }
        }
        finally
        {
            target.Semaphore.Release();
        }
    }

    /// <summary>S3 answers a request sent to the wrong region with 301, or 400 for a HEAD, naming the bucket's region.</summary>
    private static string? S3RedirectRegion(Operation model, AwsHttpResponse response, string region) =>
        model.Service.Name == "s3" && response.StatusCode is 301 or 307 or 400
            && response.Header("x-amz-bucket-region") is { Length: > 0 } bucketRegion && bucketRegion != region
            ? bucketRegion
            : null;

    private async Task<AwsHttpResponse> SendAsync(AwsHttpRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.ToUri());
        if (request.Body.Length > 0 || request.Method is "POST" or "PUT" or "PATCH") message.Content = new ByteArrayContent(request.Body);
        foreach (var (name, value) in request.Headers)
        {
            if (name.Equals("host", StringComparison.OrdinalIgnoreCase)) continue;
            if (name.StartsWith("Content-", StringComparison.OrdinalIgnoreCase) && message.Content is not null)
            {
                message.Content.Headers.TryAddWithoutValidation(name, value);
            }
            else
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }
        }
        message.Headers.TryAddWithoutValidation("User-Agent", Options.UserAgent);
        using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers)) headers[name] = string.Join(',', values);
        return new AwsHttpResponse { StatusCode = (int)response.StatusCode, Headers = headers, Body = body };
    }

    private static bool IsTrue(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.True;

    private static SocketsHttpHandler CreateHandler(AwsClientOptions options)
    {
        var custom = options.EndpointUrl is not null || !string.IsNullOrEmpty(options.Environment("AWS_ENDPOINT_URL"));
        return new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
            ConnectTimeout = TimeSpan.FromSeconds(10),
            AutomaticDecompression = DecompressionMethods.All,
            // Every AWS endpoint is one service in one region, so its pool needs that service's limit; a custom
            // endpoint serves every service, and the per-service semaphores are what bounds it.
            MaxConnectionsPerServer = custom ? int.MaxValue : Math.Max(options.DefaultConcurrency, options.ServiceConcurrency.Values.DefaultIfEmpty(1).Max()),
        };
    }
}
