using Vigil.ScriptedAws.Wire;

namespace Vigil.ScriptedAws.Faults;

/// <summary>One injected failure: which calls it may hit, how many (a count, or a fraction), and the error.</summary>
internal sealed class FaultRule(Func<RecognizedCall, bool>? where, int? remaining, double? fraction, Func<RecognizedCall, FakeError> error)
{
    private int? _remaining = remaining;

    public Func<RecognizedCall, FakeError> Error { get; } = error;

    /// <summary>Whether this call is hit; a counted rule spends one of its requests.</summary>
    public bool Take(RecognizedCall call, Random random)
    {
        if (where is not null && !where(call)) return false;
        if (_remaining is { } left)
        {
            if (left <= 0) return false;
            _remaining = left - 1;
            return true;
        }
        return random.NextDouble() < fraction;
    }
}
