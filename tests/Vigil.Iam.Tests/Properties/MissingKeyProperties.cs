namespace Vigil.Iam.Tests.Properties;

/// <summary>
/// A condition key the request does not carry (iam.md §3): negated operators, ...IfExists, ForAllValues and
/// Null: true hold, so their clause can be dropped; every other operator fails, so the statement never applies.
/// A resource pattern whose policy variable has no value matches nothing.
/// </summary>
public sealed class MissingKeyProperties
{
    private static readonly HashSet<string> Negated = new(StringComparer.OrdinalIgnoreCase)
    {
        "StringNotEquals", "StringNotEqualsIgnoreCase", "StringNotLike", "NumericNotEquals", "DateNotEquals", "NotIpAddress", "ArnNotEquals", "ArnNotLike",
    };

    [Fact]
    public void ClausesOnAbsentKeys_AreEitherAlwaysTrueOrAlwaysFalse_ByTheirOperator()
    {
        var tally = PropertyRunner.Check(PolicyGenerators.Case, c =>
        {
            var dropped = new HashSet<string>(StringComparer.Ordinal);
            var rewritten = c.MapStatements(s =>
            {
                var kept = new List<GeneratedCondition>();
                foreach (var clause in s.Conditions)
                {
                    if (c.Context.Keys.Contains(clause.Key, StringComparer.OrdinalIgnoreCase)) kept.Add(clause);
                    else if (HoldsWithoutKey(clause)) dropped.Add("clause");
                    else
                    {
                        dropped.Add("statement");
                        return [];
                    }
                }

                return [s with { Conditions = kept }];
            });
            var decision = Expect.SameDecision(c, rewritten, "dropping the clauses on absent keys that hold and the statements whose clauses fail");
            return dropped.Count == 0 ? "no clause on an absent key" : $"{decision}, {string.Join(" and ", dropped.Order(StringComparer.Ordinal))} dropped";
        });

        tally.RequireShare("allowed, clause and statement dropped", 3);
        tally.RequireShare("explicitDeny, clause and statement dropped", 3);
        tally.RequireShare("implicitDeny, clause and statement dropped", 3);
    }

    [Fact]
    public void AResourcePatternWithAnAbsentVariable_MatchesNothing()
    {
        const string Unmatched = "arn:aws:s3:::no-such-bucket/*";
        var tally = PropertyRunner.Check(PolicyGenerators.Case, c =>
        {
            if (c.Context.ContainsKey("aws:PrincipalTag/project")) return "variable has a value";
            var changed = 0;
            var rewritten = c.MapStatements(s =>
            {
                var resolvable = s.Resources.Where(r => !r.Contains("${", StringComparison.Ordinal)).ToList();
                if (resolvable.Count == s.Resources.Count) return [s];
                changed++;
                if (resolvable.Count > 0) return [s with { Resources = resolvable }];
                return s.NotResource ? [s with { Resources = [Unmatched] }] : [];
            });
            var decision = Expect.SameDecision(c, rewritten, "removing resource patterns whose variable has no value");
            return changed > 0 ? $"{decision}, rewritten" : "no variable in a resource";
        });

        tally.RequireShare("implicitDeny, rewritten", 2);
        tally.RequireShare("allowed, rewritten", 1);
    }

    private static bool HoldsWithoutKey(GeneratedCondition clause)
    {
        var op = clause.Operator;
        if (op.Equals("Null", StringComparison.OrdinalIgnoreCase)) return clause.Values.All(v => v.Equals("true", StringComparison.OrdinalIgnoreCase));
        if (op.EndsWith("IfExists", StringComparison.OrdinalIgnoreCase)) return true;
        if (op.StartsWith("ForAllValues:", StringComparison.OrdinalIgnoreCase)) return true;
        if (op.StartsWith("ForAnyValue:", StringComparison.OrdinalIgnoreCase)) return false;
        return Negated.Contains(op);
    }
}
