namespace Vigil.Aws.Execution;

/// <summary>How <see cref="AwsClient"/> talks to AWS. Defaults: 5 attempts; full-jitter exponential backoff with a
/// 1 s base and a 20 s cap (the AWS SDKs' standard retry mode); 30 s per attempt; adaptive client-side rate
/// limiting after the first throttle; at most <see cref="DefaultConcurrency"/> requests in flight per service and
/// region, lower for services with low API rate limits (<see cref="DefaultServiceConcurrency"/>).</summary>
public sealed record AwsClientOptions
{
    /// <summary>Services whose request rates AWS keeps low; every other service gets <see cref="DefaultConcurrency"/>.</summary>
    public static readonly IReadOnlyDictionary<string, int> DefaultServiceConcurrency = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["iam"] = 4,
        ["organizations"] = 2,
        ["account"] = 2,
        ["cloudfront"] = 4,
        ["sts"] = 4,
        ["s3"] = 16,
    };

    public int MaxAttempts { get; init; } = 5;
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(20);
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);
    public int DefaultConcurrency { get; init; } = 8;
    /// <summary>Overrides per botocore service name ("iam", "ec2").</summary>
    public IReadOnlyDictionary<string, int> ServiceConcurrency { get; init; } = DefaultServiceConcurrency;
    public bool AdaptiveRateLimiting { get; init; } = true;
    /// <summary>--endpoint-url: every service goes there.</summary>
    public Uri? EndpointUrl { get; init; }
    /// <summary>Where AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_&lt;SERVICE&gt; are read from.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;
    public string UserAgent { get; init; } = "vigil/" + (typeof(AwsClientOptions).Assembly.GetName().Version?.ToString(3) ?? "0");

    public int ConcurrencyFor(string service) => ServiceConcurrency.TryGetValue(service, out var limit) ? limit : DefaultConcurrency;

    internal void Validate()
    {
        if (MaxAttempts < 1) throw new ArgumentException($"MaxAttempts must be at least 1, got {MaxAttempts}");
        if (DefaultConcurrency < 1) throw new ArgumentException($"DefaultConcurrency must be at least 1, got {DefaultConcurrency}");
        if (ServiceConcurrency.FirstOrDefault(p => p.Value < 1) is { Key: not null } bad) throw new ArgumentException($"The concurrency of {bad.Key} must be at least 1, got {bad.Value}");
        if (AttemptTimeout <= TimeSpan.Zero) throw new ArgumentException($"AttemptTimeout must be positive, got {AttemptTimeout}");
        if (BaseDelay < TimeSpan.Zero || MaxBackoff < TimeSpan.Zero) throw new ArgumentException("BaseDelay and MaxBackoff cannot be negative");
    }
}
