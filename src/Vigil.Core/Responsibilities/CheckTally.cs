namespace Vigil.Core.Responsibilities;

/// <summary>How the findings of one check came out for the estate.</summary>
public sealed record CheckTally(string CheckId, int Pass, int Fail, int Error, int Manual)
{
    public static CheckTally None(string checkId) => new(checkId, 0, 0, 0, 0);

    public int Total => Pass + Fail + Error + Manual;
}
