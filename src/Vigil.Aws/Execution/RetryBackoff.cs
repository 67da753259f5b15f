namespace Vigil.Aws.Execution;

/// <summary>Full-jitter exponential backoff: before retry n (1-based) wait a uniformly random time in
/// [0, min(MaxBackoff, BaseDelay × 2^(n-1))).</summary>
internal sealed class RetryBackoff(AwsClientOptions options, Random random)
{
    private readonly Lock _lock = new();

    public TimeSpan Delay(int retry)
    {
        var ceiling = Math.Min(options.MaxBackoff.TotalMilliseconds, options.BaseDelay.TotalMilliseconds * Math.Pow(2, retry - 1));
        double fraction;
        lock (_lock) fraction = random.NextDouble();
        return TimeSpan.FromMilliseconds(ceiling * fraction);
    }
}
