namespace Vigil.Importers.Tests.CloudFormation;

/// <summary>Each template under Fixtures/CloudFormation, scanned with the whole catalog, yields exactly the non-pass
/// findings listed in its .expected.tsv file. Set VIGIL_UPDATE_FIXTURES=1 to rewrite the expectation files (then
/// review the diff).</summary>
public sealed class CloudFormationFixtureTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "CloudFormation");

    public static TheoryData<string> Templates()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder).Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Scan_OfFixtureTemplate_YieldsExactlyTheExpectedFindings(string template)
    {
        var findings = FixtureFindings.Of(TemplateImport.File(Path.Combine(Folder, template)));
        var expectedFile = Path.Combine(Folder, template + ".expected.tsv");
        if (Environment.GetEnvironmentVariable("VIGIL_UPDATE_FIXTURES") == "1")
        {
            var source = Path.Combine(RepositoryRootFolder(), "tests", "Vigil.Importers.Tests", "Fixtures", "CloudFormation", template + ".expected.tsv");
            File.WriteAllLines(source, findings);
            return;
        }
        Assert.True(File.Exists(expectedFile), $"{template} has no expectation file {template}.expected.tsv");
        var expected = File.ReadAllLines(expectedFile).Where(l => l.Length > 0).ToList();
        Assert.Equal(expected, findings);
    }

    private static string RepositoryRootFolder() => Vigil.Testing.RepositoryRoot.Path;
}
