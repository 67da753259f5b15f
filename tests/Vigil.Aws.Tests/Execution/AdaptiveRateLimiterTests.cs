using Microsoft.Extensions.Time.Testing;
using Vigil.Aws.Execution;

namespace Vigil.Aws.Tests.Execution;

public sealed class AdaptiveRateLimiterTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void Acquire_BeforeAnyThrottle_NeverWaits()
    {
        var limiter = new AdaptiveRateLimiter(_time);
        for (var i = 0; i < 100; i++) limiter.Record(throttled: false);

        Assert.False(limiter.Enabled);
        Assert.True(limiter.AcquireAsync(CancellationToken.None).IsCompletedSuccessfully);
    }

    [Fact]
    public void Throttle_CutsTheRateToSeventyPercentOfTheMeasuredRate()
    {
        var limiter = SendAt(requestsPerSecond: 20, seconds: 3);

        limiter.Record(throttled: true);

        Assert.True(limiter.Enabled);
        Assert.InRange(limiter.FillRate, 0.7 * 18, 0.7 * 22);
    }

    [Fact]
    public async Task Acquire_WhenTheBucketIsEmpty_WaitsForTheFillRate()
    {
        var limiter = SendAt(requestsPerSecond: 20, seconds: 3);
        limiter.Record(throttled: true);
        var rate = limiter.FillRate;

        var first = limiter.AcquireAsync(CancellationToken.None);
        var second = limiter.AcquireAsync(CancellationToken.None);

        Assert.False(second.IsCompleted && first.IsCompleted, "an emptied bucket makes callers wait");
        _time.Advance(TimeSpan.FromSeconds(2 / rate));
        await Task.WhenAll(first, second);
    }

    [Fact]
    public void Successes_AfterAThrottle_GrowTheRateBackAlongTheCubicCurve()
    {
        var limiter = SendAt(requestsPerSecond: 20, seconds: 3);
        limiter.Record(throttled: true);
        var cut = limiter.FillRate;

        for (var i = 0; i < 200; i++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(50));
            limiter.Record(throttled: false);
        }

        Assert.True(limiter.FillRate > cut, $"the rate should recover from {cut}, is {limiter.FillRate}");
        Assert.True(limiter.FillRate <= 2 * 20 + 1, "never more than twice the measured rate");
    }

    [Fact]
    public void RepeatedThrottles_KeepCuttingTheRate()
    {
        var limiter = SendAt(requestsPerSecond: 20, seconds: 3);
        limiter.Record(throttled: true);
        var first = limiter.FillRate;
        _time.Advance(TimeSpan.FromMilliseconds(600));

        limiter.Record(throttled: true);

        Assert.True(limiter.FillRate < first);
    }

    private AdaptiveRateLimiter SendAt(int requestsPerSecond, int seconds)
    {
        var limiter = new AdaptiveRateLimiter(_time);
        for (var i = 0; i < requestsPerSecond * seconds; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(1.0 / requestsPerSecond));
            limiter.Record(throttled: false);
        }
        return limiter;
    }
}
