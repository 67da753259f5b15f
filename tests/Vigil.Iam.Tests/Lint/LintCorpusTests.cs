using System.Text.Json;
using Vigil.Iam.Lint;

namespace Vigil.Iam.Tests.Lint;

/// <summary>Runs Cases/Lint/CODE.json: {"code", "kind", "passing": [policy...], "failing": [policy...]}; a policy is a JSON
/// object, or a string holding the raw text. Each failing policy must yield the code; no passing policy may.</summary>
public sealed class LintCorpusTests
{
    private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "Cases", "Lint");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in System.IO.Directory.GetFiles(Directory, "*.json").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void CaseFile_FailingPoliciesYieldTheCode_PassingPoliciesDoNot(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, file)));
        var root = document.RootElement;
        var code = root.GetProperty("code").GetString()!;
        Assert.Equal(code + ".json", file);
        var kind = LintKinds.Parse(root.GetProperty("kind").GetString()!);
        var failing = root.GetProperty("failing").EnumerateArray().ToList();
        var passing = root.GetProperty("passing").EnumerateArray().ToList();
        Assert.NotEmpty(failing);
        Assert.NotEmpty(passing);
        foreach (var policy in failing)
        {
            var findings = PolicyLinter.Lint(Text(policy), kind);
            Assert.True(findings.Any(f => f.Code == code), $"{code}: expected on {Text(policy)}; got {Describe(findings)}");
            var rule = LintRules.All.Single(r => r.Code == code);
            Assert.All(findings.Where(f => f.Code == code), f => Assert.Equal(rule.Severity, f.Severity));
        }

        foreach (var policy in passing)
        {
            var findings = PolicyLinter.Lint(Text(policy), kind);
            Assert.False(findings.Any(f => f.Code == code), $"{code}: not expected on {Text(policy)}; got {Describe(findings)}");
        }
    }

    [Fact]
    public void EveryRule_HasACaseFile()
    {
        var files = System.IO.Directory.GetFiles(Directory, "*.json").Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);
        Assert.All(LintRules.All, rule => Assert.Contains(rule.Code, files));
        Assert.Equal(LintRules.All.Count, LintRules.All.Select(r => r.Code).Distinct().Count());
    }

    private static string Text(JsonElement policy) => policy.ValueKind == JsonValueKind.String ? policy.GetString()! : policy.GetRawText();

    private static string Describe(IReadOnlyList<LintFinding> findings) =>
        findings.Count == 0 ? "no findings" : string.Join("; ", findings.Select(f => $"{f.Code} at {f.Path}: {f.Message}"));
}
