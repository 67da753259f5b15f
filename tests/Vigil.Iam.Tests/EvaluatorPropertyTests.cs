namespace Vigil.Iam.Tests;

public sealed class EvaluatorPropertyTests
{
    private const int Runs = 1500;

    [Fact]
    public void AddingADeny_NeverTurnsADecisionIntoAllowed()
    {
        var generator = new CaseGenerator(20261206);
        for (var i = 0; i < Runs; i++)
        {
            var original = generator.Next();
            var before = original.Decide();
            var deny = generator.Statement(withPrincipal: false, allow: false);
            var target = generator.Next(original.Identity.Count + 1);
            var identity = original.Identity.Select(p => new List<string>(p)).ToList();
            if (target == identity.Count) identity.Add([deny]);
            else identity[target].Add(deny);
            var after = (original with { Identity = identity }).Decide();

            Assert.True(after != Decision.Allowed || before == Decision.Allowed, $"run {i}: {before} became {after} for {original} + {deny}");
            Assert.True(before != Decision.ExplicitDeny || after == Decision.ExplicitDeny, $"run {i}: explicit deny lost for {original} + {deny}");
        }
    }

    [Fact]
    public void StatementAndPolicyOrder_NeverMatter()
    {
        var generator = new CaseGenerator(42);
        for (var i = 0; i < Runs; i++)
        {
            var original = generator.Next();
            var shuffled = original.Map(generator.Shuffle) with { Identity = generator.Shuffle(original.Identity).Select(generator.Shuffle).ToList() };
            Assert.True(original.Decide() == shuffled.Decide(), $"run {i}: order changed the decision for {original}");
        }
    }

    [Fact]
    public void Action_And_TheEquivalentNotActionComplement_Agree()
    {
        var generator = new CaseGenerator(7);
        for (var i = 0; i < Runs; i++)
        {
            var actions = CaseGenerator.Actions.Where(_ => generator.Next(2) == 0).ToList();
            if (actions.Count == 0 || actions.Count == CaseGenerator.Actions.Length) continue;
            var complement = CaseGenerator.Actions.Except(actions).ToList();
            var effect = generator.Next(2) == 0 ? "Allow" : "Deny";
            var baseCase = generator.Next();
            var action = Statement(effect, "Action", actions);
            var notAction = Statement(effect, "NotAction", complement);
            var withAction = baseCase with { Identity = [[action, .. baseCase.Identity.SelectMany(p => p)]] };
            var withNotAction = baseCase with { Identity = [[notAction, .. baseCase.Identity.SelectMany(p => p)]] };
            Assert.True(withAction.Decide() == withNotAction.Decide(), $"run {i}: {action} vs {notAction} for {baseCase}");
        }
    }

    private static string Statement(string effect, string field, List<string> actions) =>
        $$"""{"Effect": "{{effect}}", "{{field}}": [{{string.Join(", ", actions.Select(a => $"\"{a}\""))}}], "Resource": "*"}""";
}
