namespace Vigil.Reports.Diff;

/// <summary>The findings of one scan result file, by finding id.</summary>
public sealed record ScanFindings(string Path, string ToolVersion, string ScannedAt, IReadOnlyDictionary<string, FindingState> ById);
