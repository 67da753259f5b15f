using System.Text.Json;
using Vigil.Iam.Simulation;

namespace Vigil.Iam.Tests;

/// <summary>Runs every Cases/*.json file: {"description", "source", "cases": [{"name", "request", "expected"}]}.</summary>
public sealed class CaseFileTests
{
    private static readonly string CasesDirectory = Path.Combine(AppContext.BaseDirectory, "Cases");

    public static TheoryData<string> CaseFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(CasesDirectory, "*.json").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }

    [Fact]
    public void CaseFiles_AreCopiedToTheOutput() =>
        Assert.True(Directory.GetFiles(CasesDirectory, "*.json").Length >= 20, "the decision case corpus is not in the test output");

    [Theory]
    [MemberData(nameof(CaseFiles))]
    public void CaseFile_EveryCaseGetsTheExpectedDecision(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(CasesDirectory, file)));
        var root = document.RootElement;
        Assert.True(root.TryGetProperty("description", out _), $"{file}: no description");
        Assert.True(root.TryGetProperty("cases", out var cases) && cases.GetArrayLength() > 0, $"{file}: no cases");
        var reader = new SimulationRequestReader();
        var failures = new List<string>();
        var index = 0;
        foreach (var testCase in cases.EnumerateArray())
        {
            var name = testCase.TryGetProperty("name", out var n) ? n.GetString() : $"case {index}";
            index++;
            var expectedText = testCase.GetProperty("expected").GetString();
            if (!DecisionText.TryParse(expectedText, out var expected))
            {
                failures.Add($"{file}: case \"{name}\": expected \"{expectedText}\" is not allowed|explicitDeny|implicitDeny");
                continue;
            }

            try
            {
                var result = Evaluator.Evaluate(reader.Read(testCase.GetProperty("request")));
                if (result.Decision != expected)
                {
                    var matched = string.Join(", ", result.MatchedStatements.Select(s => $"{s.Policy}/{s.Sid}/{s.Effect}"));
                    failures.Add($"{file}: case \"{name}\": expected {expectedText}, got {DecisionText.Of(result.Decision)} [{matched}]");
                }
            }
            catch (Exception e) when (e is FormatException or PolicyParseException)
            {
                failures.Add($"{file}: case \"{name}\": request rejected: {e.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
