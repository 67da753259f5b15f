using System.Globalization;

namespace Vigil.Iam.Evaluation;

/// <summary>The labels of policies in results (identity[0], scp[1][0], ...), cached for small indices.</summary>
internal static class PolicyLabels
{
    private const int Cached = 16;
    private static readonly string[] Identity = Build(i => $"identity[{i}]");
    private static readonly string[][] Scp = BuildLevels("scp");
    private static readonly string[][] Rcp = BuildLevels("rcp");

    public static string IdentityAt(int index) =>
        index < Cached ? Identity[index] : string.Create(CultureInfo.InvariantCulture, $"identity[{index}]");

    public static string ScpAt(int level, int index) => Level(Scp, "scp", level, index);

    public static string RcpAt(int level, int index) => Level(Rcp, "rcp", level, index);

    private static string Level(string[][] cache, string kind, int level, int index) =>
        level < Cached && index < Cached ? cache[level][index] : string.Create(CultureInfo.InvariantCulture, $"{kind}[{level}][{index}]");

    private static string[] Build(Func<int, string> label)
    {
        var labels = new string[Cached];
        for (var i = 0; i < Cached; i++) labels[i] = label(i);
        return labels;
    }

    private static string[][] BuildLevels(string kind)
    {
        var levels = new string[Cached][];
        for (var l = 0; l < Cached; l++) levels[l] = Build(i => string.Create(CultureInfo.InvariantCulture, $"{kind}[{l}][{i}]"));
        return levels;
    }
}
