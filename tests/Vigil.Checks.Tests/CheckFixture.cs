namespace Vigil.Checks.Tests;

/// <summary>A fixture file Fixtures/SERVICE/CHECK-ID.(pass|fail)[.N].json: a snapshot on which the check
/// must yield only passing findings, or at least one failing finding.</summary>
public sealed record CheckFixture(string RelativePath)
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public string FullPath => Path.Combine(Root, RelativePath);

    private string[] NameParts => Path.GetFileNameWithoutExtension(RelativePath).Split('.');

    public string CheckId => NameParts[0];

    public bool ExpectsPass => NameParts[1] == "pass";

    public bool ExpectsFail => NameParts[1] == "fail";

    public static IEnumerable<CheckFixture> All() =>
        Directory.EnumerateFiles(Root, "*.json", SearchOption.AllDirectories)
            .Select(p => new CheckFixture(Path.GetRelativePath(Root, p)))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal);

    public override string ToString() => RelativePath;
}
