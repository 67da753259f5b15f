using System.Globalization;

namespace Vigil.Iam.Tests.Properties;

/// <summary>How often each kind of case (as labelled by the property) came up, to show that a property was not vacuous.</summary>
internal sealed class PropertyTally(string property)
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public int Total { get; private set; }

    public void Add(string label)
    {
        _counts[label] = Count(label) + 1;
        Total++;
    }

    public int Count(string label) => _counts.GetValueOrDefault(label);

    /// <summary>Fails unless cases with this label made up at least <paramref name="percent"/>% of the run.</summary>
    public void RequireShare(string label, double percent)
    {
        if (Total == 0 || Count(label) * 100.0 >= percent * Total) return;
        Assert.Fail($"{property}: only {Count(label)} of {Total} cases were \"{label}\", fewer than {percent}%; the generator does not reach it often enough. Counts: {this}");
    }

    public override string ToString() =>
        string.Join(", ", _counts.OrderByDescending(c => c.Value).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key}: {c.Value}")));
}
