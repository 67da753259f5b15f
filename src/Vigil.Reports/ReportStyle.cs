namespace Vigil.Reports;

/// <summary>How a human-readable report may render: colours only on a terminal, and its width.</summary>
public sealed record ReportStyle(bool Colors, int Width)
{
    public static ReportStyle Plain { get; } = new(false, 100);
}
