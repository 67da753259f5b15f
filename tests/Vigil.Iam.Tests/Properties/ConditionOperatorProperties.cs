using CsCheck;

namespace Vigil.Iam.Tests.Properties;

/// <summary>The engine's conditions agree with an independent reading of the operator table on random clauses and contexts.</summary>
public sealed class ConditionOperatorProperties
{
    [Fact]
    public void AStatementApplies_ExactlyWhenEveryClauseHolds()
    {
        var gen = Gen.Select(ConditionGenerators.Clauses, ConditionGenerators.Context);
        var tally = PropertyRunner.Check(gen, input =>
        {
            var (clauses, context) = input;
            var statement = GeneratedStatement.AllowAll() with { Sid = "Conditional", Conditions = clauses };
            var c = new PolicyCase(
                "arn:aws:iam::111122223333:user/alice", "s3:GetObject", "arn:aws:s3:::shared-bucket/reports/q1.csv", Vocabulary.HomeAccount,
                context, [new GeneratedPolicy([statement])], null, null, null, null, null);
            var expected = clauses.All(clause => ConditionOracle.Holds(clause, context));
            var applies = c.Decide() == Decision.Allowed;
            var detail = string.Join("; ", clauses.Select(clause => $"{clause.Operator} {clause.Key} [{string.Join(", ", clause.Values)}] holds: {ConditionOracle.Holds(clause, context)}"));
            Assert.True(applies == expected, $"the statement {(applies ? "applied" : "did not apply")}, but the operator table says it {(expected ? "does" : "does not")} ({detail}):{Environment.NewLine}{c}");
            return applies ? "applies" : "does not apply";
        });

        tally.RequireShare("applies", 25);
        tally.RequireShare("does not apply", 25);
    }
}
