using Vigil.Core.Findings;

namespace Vigil.Core.Compliance;

/// <summary>How many findings (or requirements) have each status.</summary>
public readonly record struct StatusCounts(int Pass, int Fail, int Error, int Manual, int Muted)
{
    public int Total => Pass + Fail + Error + Manual + Muted;

    public StatusCounts Add(FindingStatus status) => status switch
    {
        FindingStatus.Pass => this with { Pass = Pass + 1 },
        FindingStatus.Fail => this with { Fail = Fail + 1 },
        FindingStatus.Error => this with { Error = Error + 1 },
        FindingStatus.Manual => this with { Manual = Manual + 1 },
        _ => this with { Muted = Muted + 1 },
    };

    public static StatusCounts operator +(StatusCounts a, StatusCounts b) =>
        new(a.Pass + b.Pass, a.Fail + b.Fail, a.Error + b.Error, a.Manual + b.Manual, a.Muted + b.Muted);

    /// <summary>Passed requirements as a percentage of those with an automated verdict (pass, fail or error);
    /// null when none has one.</summary>
    public double? Score
    {
        get
        {
            var assessed = Pass + Fail + Error;
            return assessed == 0 ? null : Math.Round(100.0 * Pass / assessed, 1);
        }
    }
}
