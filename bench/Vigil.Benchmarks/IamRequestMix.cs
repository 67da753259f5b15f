using System.Text.Json;
using Vigil.Iam;
using Vigil.Iam.Simulation;

namespace Vigil.Benchmarks;

/// <summary>The IAM decision case corpus (tests/Vigil.Iam.Tests/Cases) as compiled requests: a realistic mix of
/// identity, resource, boundary, SCP/RCP and session policies with every condition family.</summary>
internal static class IamRequestMix
{
    public static IReadOnlyList<AuthorizationRequest> FromCorpus()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Vigil.slnx"))) directory = directory.Parent;
        var cases = Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("repository root not found"), "tests", "Vigil.Iam.Tests", "Cases");
        var reader = new SimulationRequestReader();
        var requests = new List<AuthorizationRequest>();
        foreach (var file in Directory.GetFiles(cases, "*.json").Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var testCase in document.RootElement.GetProperty("cases").EnumerateArray())
                requests.Add(reader.Read(testCase.GetProperty("request")));
        }
        return requests;
    }
}
