namespace Vigil.Iam.Tests.Differential;

public sealed class RandomCaseGeneratorTests
{
    private static readonly string[] Decisions = ["allowed", "explicitDeny", "implicitDeny"];

    private static readonly string[] OperatorFamilies =
        ["StringLike", "NumericLessThan", "DateGreaterThan", "Bool", "BinaryEquals", "NotIpAddress", "ArnLike", "Null", "IfExists", "ForAllValues:", "ForAnyValue:"];

    private static readonly string[] PolicyElements = ["resourcePolicy", "permissionsBoundary", "sessionPolicy", "scps", "rcps"];

    private static readonly string[] NotForms = ["NotAction", "NotResource", "NotPrincipal"];

    [Fact]
    public void SameSeed_GeneratesTheSameCases()
    {
        var first = new RandomCaseGenerator(42);
        var second = new RandomCaseGenerator(42);
        for (var i = 0; i < 200; i++) Assert.Equal(first.Next(i).ToJsonString(), second.Next(i).ToJsonString());
    }

    [Fact]
    public void GeneratedCases_AreAcceptedByVigil_AndReachEveryDecision()
    {
        var generator = new RandomCaseGenerator(7);
        var decisions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < 1_000; i++)
        {
            var request = generator.Next(i);
            var decision = VigilDecider.Decide(request);
            Assert.True(decision is not null, $"Vigil rejected a generated request: {request.ToJsonString()}");
            decisions[decision!] = decisions.GetValueOrDefault(decision!) + 1;
        }

        Assert.All(Decisions, d => Assert.True(decisions.GetValueOrDefault(d) > 50, $"{d}: {decisions.GetValueOrDefault(d)} of 1,000"));
    }

    [Fact]
    public void GeneratedCases_CoverEveryCallerKindAndPolicyType()
    {
        var generator = new RandomCaseGenerator(11);
        var requests = Enumerable.Range(0, 1_000).Select(generator.Next).ToList();
        var principals = requests.Select(r => CaseJson.Principal(r)).ToList();
        Assert.Contains(principals, p => p == "anonymous");
        Assert.Contains(principals, p => p.EndsWith(".amazonaws.com", StringComparison.Ordinal));
        Assert.Contains(principals, p => p.EndsWith(":root", StringComparison.Ordinal));
        Assert.Contains(principals, p => p.Contains(":federated-user/", StringComparison.Ordinal));
        Assert.Contains(principals, p => p.Contains(":assumed-role/AWSServiceRoleFor", StringComparison.Ordinal));
        Assert.Contains(requests, r => (string)r["resourceAccount"]! != ((string)r["principal"]!).Split(':').ElementAtOrDefault(4) && r["principal"]!.ToString().StartsWith("arn:", StringComparison.Ordinal));
        foreach (var element in PolicyElements)
        {
            Assert.Contains(requests, r => r[element] is not null);
        }

        var operators = requests.SelectMany(CaseJson.Conditions).Select(c => c.Operator).ToHashSet(StringComparer.Ordinal);
        foreach (var family in OperatorFamilies)
        {
            Assert.Contains(operators, o => o.Contains(family, StringComparison.Ordinal));
        }

        var statements = requests.SelectMany(r => CaseJson.Policies(r)).SelectMany(p => CaseJson.Statements(p.Policy)).ToList();
        foreach (var element in NotForms) Assert.Contains(statements, s => s[element] is not null);
        Assert.Contains(statements, s => s.ToJsonString().Contains("${aws:", StringComparison.Ordinal));
    }
}
