using System.Globalization;
using CsCheck;

namespace Vigil.Iam.Tests.Properties;

/// <summary>
/// Run settings from the environment. Runs are deterministic by default (fixed seed) so CI is reproducible:
/// VIGIL_PROPERTY_SEED (unsigned integer) picks another sequence of cases, VIGIL_PROPERTY_ITERATIONS changes how many
/// cases each property checks, VIGIL_PROPERTY_REPLAY (a case seed printed on failure) checks that one case only.
/// </summary>
internal sealed record PropertySettings(ulong Seed, int Iterations, string? Replay)
{
    public const ulong DefaultSeed = 20261206;
    public const int DefaultIterations = 1000;

    public static PropertySettings Current { get; } = FromEnvironment();

    private static PropertySettings FromEnvironment()
    {
        var seedText = Environment.GetEnvironmentVariable("VIGIL_PROPERTY_SEED");
        var seed = DefaultSeed;
        if (!string.IsNullOrWhiteSpace(seedText) && !ulong.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out seed))
        {
            throw new InvalidOperationException($"VIGIL_PROPERTY_SEED must be an unsigned integer, not \"{seedText}\"");
        }

        var iterationsText = Environment.GetEnvironmentVariable("VIGIL_PROPERTY_ITERATIONS");
        var iterations = DefaultIterations;
        if (!string.IsNullOrWhiteSpace(iterationsText)
            && (!int.TryParse(iterationsText, NumberStyles.None, CultureInfo.InvariantCulture, out iterations) || iterations < 1))
        {
            throw new InvalidOperationException($"VIGIL_PROPERTY_ITERATIONS must be a positive integer, not \"{iterationsText}\"");
        }

        var replay = Environment.GetEnvironmentVariable("VIGIL_PROPERTY_REPLAY");
        if (string.IsNullOrWhiteSpace(replay)) return new PropertySettings(seed, iterations, null);
        try
        {
            PCG.Parse(replay.Trim());
        }
        catch (Exception e) when (e is FormatException or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            throw new InvalidOperationException($"VIGIL_PROPERTY_REPLAY must be a case seed as printed by a failing property, not \"{replay}\"", e);
        }

        return new PropertySettings(seed, iterations, replay.Trim());
    }
}
