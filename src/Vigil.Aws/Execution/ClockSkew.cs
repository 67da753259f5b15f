using System.Globalization;

namespace Vigil.Aws.Execution;

/// <summary>The difference between this machine's clock and AWS's, learnt from the Date header of responses, so
/// that a machine whose clock is off still signs requests AWS accepts (SigV4 allows five minutes).</summary>
internal sealed class ClockSkew(TimeProvider time)
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(4);
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public DateTimeOffset Now() => time.GetUtcNow() + Offset;

    /// <summary>Learns the server's time; true when the offset changed, so a request refused for its time is worth signing again.</summary>
    public bool Observe(string? dateHeader)
    {
        if (dateHeader is null || !DateTimeOffset.TryParse(dateHeader, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var serverTime)) return false;
        var local = time.GetUtcNow();
        if ((serverTime - (local + Offset)).Duration() <= Tolerance) return false;
        Interlocked.Exchange(ref _offsetTicks, (serverTime - local).Ticks);
        return true;
    }
}
