namespace Vigil.Iam.Tests.Properties;

/// <summary>Under "Version": "2008-10-17", ${...} is literal text, not a policy variable (iam.md, details).</summary>
public sealed class PolicyVersionProperties
{
    private const string VariableKey = "aws:PrincipalTag/project";

    [Fact]
    public void UnderTheOldVersion_AVariableInAResource_IsLiteral_AsIfItHadNoValue()
    {
        var tally = PropertyRunner.Check(PolicyGenerators.Case, c =>
        {
            var old = c with { Style = c.Style with { Version = "2008-10-17" } };
            var withoutValue = c with { Context = c.Context.Where(e => e.Key != VariableKey).ToDictionary(StringComparer.Ordinal) };
            var decision = Expect.SameOutcome(withoutValue, old, "writing the policies under Version 2008-10-17");
            var resolves = c.Context.ContainsKey(VariableKey) && c.Statements().Any(s => s.Resources.Any(r => r.Contains("${", StringComparison.Ordinal)));
            return resolves ? $"{decision}, variable with a value" : decision;
        });

        tally.RequireShare("allowed, variable with a value", 1);
        tally.RequireShare("explicitDeny, variable with a value", 1);
    }
}
