using System.Text.Json.Nodes;
using Vigil.ScriptedAws.Wire;

namespace Vigil.ScriptedAws.Faults;

/// <summary>Failures and delays injected on demand: throttling and 5xx for the next N matching requests or a
/// fraction of them (the protocol's real codes and statuses), AccessDenied on chosen operations (optionally one
/// resource, by input members), and a fixed latency added to every response.</summary>
public sealed class FaultPlan
{
    private readonly List<FaultRule> _rules = [];
    private readonly Random _random;

    public FaultPlan(int seed = 42) => _random = new Random(seed);

    /// <summary>Added before every response is sent.</summary>
    public TimeSpan Latency { get; set; }

    public FaultPlan Throttle(int requests, Func<RecognizedCall, bool>? where = null) =>
        Add(new FaultRule(where, requests, null, c => ServiceErrors.Throttling(c.Operation.Service)));

    public FaultPlan Throttle(double fraction, Func<RecognizedCall, bool>? where = null) =>
        Add(new FaultRule(where, null, fraction, c => ServiceErrors.Throttling(c.Operation.Service)));

    public FaultPlan ServerError(int requests, Func<RecognizedCall, bool>? where = null) =>
        Add(new FaultRule(where, requests, null, c => ServiceErrors.InternalFailure(c.Operation.Service)));

    public FaultPlan ServerError(double fraction, Func<RecognizedCall, bool>? where = null) =>
        Add(new FaultRule(where, null, fraction, c => ServiceErrors.InternalFailure(c.Operation.Service)));

    /// <summary>Every call of service:operation (with these input members, when given) is denied.</summary>
    public FaultPlan Deny(string service, string operation, JsonObject? when = null) =>
        Add(new FaultRule(c => c.Service == service && c.Operation.Name == operation && Matches(c.Input, when), null, 1.0,
            c => ServiceErrors.AccessDenied(c.Operation.Service, c.Operation.Name)));

    /// <summary>The error this call gets, if any rule applies (rules are tried in the order they were added).</summary>
    public FakeError? Decide(RecognizedCall call)
    {
        lock (_rules)
        {
            foreach (var rule in _rules)
            {
                if (rule.Take(call, _random)) return rule.Error(call);
            }
        }
        return null;
    }

    private FaultPlan Add(FaultRule rule)
    {
        lock (_rules) _rules.Add(rule);
        return this;
    }

    private static bool Matches(JsonObject input, JsonObject? when) =>
        when is null || when.All(p => Script.ScriptedAccount.Text(input[p.Key]) == Script.ScriptedAccount.Text(p.Value));
}
