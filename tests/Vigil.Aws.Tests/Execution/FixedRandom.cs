namespace Vigil.Aws.Tests.Execution;

/// <summary>A Random whose NextDouble is always the same, so backoff delays are predictable.</summary>
internal sealed class FixedRandom(double value) : Random
{
    public override double NextDouble() => value;
}
