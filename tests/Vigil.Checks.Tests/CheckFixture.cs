using Vigil.Core.Checks;

namespace Vigil.Checks.Tests;

/// <summary>A fixture file Fixtures/SERVICE/CHECK-ID.(pass|fail|error)[.N].json: a snapshot on which the check
/// must yield only passing findings, at least one failing finding, or at least one error finding and no pass
/// (the data it needs is missing). A file of the same name ending in .settings.yaml instead of .json holds the check
/// settings the fixture is evaluated with (SettingsFile format); without it the defaults apply.</summary>
public sealed record CheckFixture(string RelativePath)
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public const string SettingsSuffix = ".settings.yaml";

    public string FullPath => Path.Combine(Root, RelativePath);

    public string SettingsPath => Path.ChangeExtension(FullPath, null) + SettingsSuffix;

    public CheckSettings Settings => File.Exists(SettingsPath) ? SettingsFile.Load(SettingsPath) : CheckSettings.Default;

    private string[] NameParts => Path.GetFileNameWithoutExtension(RelativePath).Split('.');

    public string CheckId => NameParts[0];

    public bool ExpectsPass => NameParts[1] == "pass";

    public bool ExpectsFail => NameParts[1] == "fail";

    public bool ExpectsError => NameParts[1] == "error";

    public static IEnumerable<CheckFixture> All() =>
        Directory.EnumerateFiles(Root, "*.json", SearchOption.AllDirectories)
            .Select(p => new CheckFixture(Path.GetRelativePath(Root, p)))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal);

    public override string ToString() => RelativePath;
}
