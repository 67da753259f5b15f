using Vigil.Aws.Execution;
using Vigil.ScriptedAws;

namespace Vigil.Benchmarks;

/// <summary>The shortest a collection could take given the calls it made: the AwsClient runs at most
/// <c>ConcurrencyFor(service)</c> calls at once per service and region (a pool), and every call takes the added
/// latency, so a pool of C calls and limit L needs at least C × latency ÷ L. The pools run side by side, so the
/// ideal is the busiest pool's time; a scheduler that kept every pool busy from start to end would reach it.</summary>
internal sealed record IdealSchedule(IReadOnlyList<IdealSchedule.Pool> Pools, TimeSpan Latency)
{
    /// <param name="Time">The pool's ideal: calls × latency ÷ limit (in whole rounds of the limit).</param>
    /// <param name="Span">From the pool's first request arriving to its last answer leaving, as measured.</param>
    /// <param name="MeanAnswer">The mean time the fake took to answer one of its requests, latency included.</param>
    public sealed record Pool(string Service, string Region, int Calls, int Limit, TimeSpan Time, TimeSpan Span, TimeSpan MeanAnswer)
    {
        /// <summary>How many of the pool's calls were in flight on average over its span.</summary>
        public double MeanInFlight => Span > TimeSpan.Zero ? MeanAnswer * Calls / Span : 0;
    }

    public TimeSpan Ideal => Pools.Count == 0 ? TimeSpan.Zero : Pools.Max(p => p.Time);

    public Pool Busiest => Pools.MaxBy(p => p.Time)!;

    public static IdealSchedule Of(IEnumerable<FakeCall> calls, AwsClientOptions options, TimeSpan latency) => new(
        [
            .. calls.GroupBy(c => (Service: c.Key.Split(':')[0], c.Region))
                .Select(g =>
                {
                    var limit = options.ConcurrencyFor(g.Key.Service);
                    var span = g.Max(c => c.Answered) - g.Min(c => c.Received);
                    var meanAnswer = TimeSpan.FromTicks((long)g.Average(c => (c.Answered - c.Received).Ticks));
                    return new Pool(g.Key.Service, g.Key.Region, g.Count(), limit, latency * Math.Ceiling(g.Count() / (double)limit), span, meanAnswer);
                })
                .OrderByDescending(p => p.Time),
        ],
        latency);
}
