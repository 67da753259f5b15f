using System.Runtime.CompilerServices;
using CsCheck;

namespace Vigil.Iam.Tests.Properties;

/// <summary>
/// Checks a property on a deterministic sequence of generated cases (CsCheck's own sampling draws fresh random seeds
/// on every run). On a failure it names the case seed, then lets CsCheck shrink from that case to a simpler one.
/// </summary>
internal static class PropertyRunner
{
    private const int ShrinkIterations = 20_000;

    /// <summary>Runs the property over the cases; it throws on a violation and otherwise returns a label that classifies the case.</summary>
    public static PropertyTally Check<T>(Gen<T> gen, Func<T, string> property, [CallerMemberName] string name = "")
    {
        var settings = PropertySettings.Current;
        var tally = new PropertyTally(name);
        if (settings.Replay is { } replay)
        {
            RunCase(gen, property, PCG.Parse(replay), name, $"replayed case {replay}", settings, tally);
            return tally;
        }

        var cases = new PCG(0, settings.Seed);
        for (var i = 0; i < settings.Iterations; i++)
        {
            RunCase(gen, property, new PCG(cases.Next(), cases.Next64()), name, $"case {i + 1} of {settings.Iterations}", settings, tally);
        }

        return tally;
    }

    private static void RunCase<T>(Gen<T> gen, Func<T, string> property, PCG pcg, string name, string which, PropertySettings settings, PropertyTally tally)
    {
        var caseSeed = pcg.ToString();
        var input = gen.Generate(pcg, null, out _);
        try
        {
            tally.Add(property(input));
        }
        catch (Exception e)
        {
            Assert.Fail(
                $"{name} failed on {which} (VIGIL_PROPERTY_SEED={settings.Seed}); check this case alone with VIGIL_PROPERTY_REPLAY={caseSeed}"
                + $"{Environment.NewLine}{e.Message}{Environment.NewLine}Case:{Environment.NewLine}{Print(input)}"
                + $"{Environment.NewLine}{Shrink(gen, property, caseSeed)}");
        }
    }

    private static string Shrink<T>(Gen<T> gen, Func<T, string> property, string caseSeed)
    {
        Action<T> assert = input => property(input);
        try
        {
            gen.Sample(assert, seed: caseSeed, iter: ShrinkIterations, print: Print);
            return "CsCheck could not reproduce the failure from its seed (is the property deterministic?)";
        }
        catch (CsCheckException e)
        {
            return $"Simplest failing case found by CsCheck (its seed also works as VIGIL_PROPERTY_REPLAY): {e.Message}"
                + $"{Environment.NewLine}{e.InnerException?.Message}";
        }
    }

    private static string Print<T>(T input) => input?.ToString() ?? "null";
}
