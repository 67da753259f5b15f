using Vigil.Iam.Discovery;

namespace Vigil.Iam.Tests.Discovery;

public sealed class ConditionalEvaluatorTests
{
    private const string Alice = "arn:aws:iam::111122223333:user/alice";
    private const string Object = "arn:aws:s3:::bucket/key";

    private static Policy Doc(string statements) => Policy.Parse($$"""{"Version": "2012-10-17", "Statement": [{{statements}}]}""", "test");

    private static AuthorizationRequest Request(params Policy[] identity) => new()
    {
        Principal = Alice,
        Action = "s3:GetObject",
        Resource = Object,
        IdentityPolicies = identity,
    };

    [Fact]
    public void Evaluate_WhenAnUnconditionalStatementAllows_IsAllowedWithNoConditions()
    {
        var result = ConditionalEvaluator.Evaluate(Request(Doc("""{"Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}""")));

        Assert.Equal(ConditionalAccess.Allowed, result.Access);
        var grant = Assert.Single(result.Grants);
        Assert.Equal(("identity[0]", "Read", 0), (grant.Policy, grant.Sid, grant.Index));
        Assert.Empty(grant.Conditions);
    }

    [Fact]
    public void Evaluate_WhenTheOnlyAllowNeedsAContextKey_IsConditionalWithThatCondition()
    {
        var request = Request(Doc("""{"Sid": "FromVpn", "Effect": "Allow", "Action": "s3:*", "Resource": "*", "Condition": {"IpAddress": {"aws:SourceIp": ["10.0.0.0/8"]}}}"""));

        var result = ConditionalEvaluator.Evaluate(request);

        Assert.Equal(Decision.ImplicitDeny, result.Actual.Decision);
        Assert.Equal(ConditionalAccess.Conditional, result.Access);
        var grant = Assert.Single(result.Grants);
        var condition = Assert.Single(grant.Conditions);
        Assert.Equal(("IpAddress", "aws:SourceIp", "10.0.0.0/8"), (condition.Operator, condition.Key, condition.Values.Single()));
        Assert.False(grant.ConditionsHold);
    }

    [Fact]
    public void Evaluate_WhenTheContextHasTheKeyAndTheConditionHolds_IsAllowed()
    {
        var request = Request(Doc("""{"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}}""")) with
        {
            Context = new Dictionary<string, IReadOnlyList<string>> { ["aws:MultiFactorAuthPresent"] = ["true"] },
        };

        var result = ConditionalEvaluator.Evaluate(request);

        Assert.Equal(Decision.Allowed, result.Actual.Decision);
        Assert.Equal(ConditionalAccess.Allowed, result.Access);
        Assert.True(Assert.Single(result.Grants).ConditionsHold);
    }

    [Fact]
    public void Evaluate_WhenAnUnconditionalDenyApplies_IsDeniedAndNamesTheDeny()
    {
        var result = ConditionalEvaluator.Evaluate(Request(
            Doc("""{"Effect": "Allow", "Action": "*", "Resource": "*"}"""),
            Doc("""{"Sid": "NoS3", "Effect": "Deny", "Action": "s3:*", "Resource": "*"}""")));

        Assert.Equal(ConditionalAccess.Denied, result.Access);
        Assert.Equal("NoS3", Assert.Single(result.Denies).Sid);
        Assert.Empty(result.Grants);
    }

    [Fact]
    public void Evaluate_WhenADenyHasConditions_IsAllowedAndListsThePossibleDeny()
    {
        var result = ConditionalEvaluator.Evaluate(Request(
            Doc("""{"Effect": "Allow", "Action": "*", "Resource": "*"}"""),
            Doc("""{"Sid": "TlsOnly", "Effect": "Deny", "Action": "*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}}""")));

        Assert.Equal(ConditionalAccess.Allowed, result.Access);
        var deny = Assert.Single(result.PossibleDenies);
        Assert.Equal(("identity[1]", "TlsOnly", "Bool"), (deny.Policy, deny.Sid, deny.Conditions.Single().Operator));
    }

    [Fact]
    public void Evaluate_WhenANegatedDenyMatchesTheEmptyContext_IsConditional()
    {
        var result = ConditionalEvaluator.Evaluate(Request(
            Doc("""{"Effect": "Allow", "Action": "*", "Resource": "*"}"""),
            Doc("""{"Sid": "OnlyFromVpc", "Effect": "Deny", "Action": "*", "Resource": "*", "Condition": {"StringNotEquals": {"aws:SourceVpc": "vpc-1"}}}""")));

        Assert.Equal(Decision.ExplicitDeny, result.Actual.Decision);
        Assert.Equal(ConditionalAccess.Conditional, result.Access);
        Assert.True(Assert.Single(result.PossibleDenies).ConditionsHold);
    }

    [Fact]
    public void Evaluate_WhenNoStatementMatchesWhateverTheConditions_IsDenied()
    {
        var result = ConditionalEvaluator.Evaluate(Request(
            Doc("""{"Effect": "Allow", "Action": "ec2:*", "Resource": "*", "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}}""")));

        Assert.Equal(ConditionalAccess.Denied, result.Access);
        Assert.Empty(result.Grants);
    }

    [Fact]
    public void Evaluate_WhenAnScpLevelHasNoAllow_IsDeniedEvenThoughTheIdentityAllows()
    {
        var request = Request(Doc("""{"Effect": "Allow", "Action": "*", "Resource": "*"}""")) with
        {
            Scps = [[Doc("""{"Effect": "Allow", "Action": "*", "Resource": "*"}""")], [Doc("""{"Effect": "Allow", "Action": "ec2:*", "Resource": "*"}""")]],
        };

        Assert.Equal(ConditionalAccess.Denied, ConditionalEvaluator.Evaluate(request).Access);
    }

    [Fact]
    public void Evaluate_WhenABoundaryAllowsOnlyUnderACondition_IsConditionalAndReportsTheBoundaryStatement()
    {
        var request = Request(Doc("""{"Effect": "Allow", "Action": "*", "Resource": "*"}""")) with
        {
            PermissionsBoundary = Doc("""{"Sid": "Tagged", "Effect": "Allow", "Action": "s3:*", "Resource": "*", "Condition": {"StringEquals": {"aws:ResourceTag/team": "red"}}}"""),
        };

        var result = ConditionalEvaluator.Evaluate(request);

        Assert.Equal(ConditionalAccess.Conditional, result.Access);
        Assert.Contains(result.Grants, g => g.Policy == "boundary" && g.Sid == "Tagged" && g.IsConditional);
    }

    [Fact]
    public void MatchingStatements_IgnoresConditionsButNotActionResourceOrPrincipal()
    {
        var policy = Doc("""
            {"Sid": "A", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "true"}}},
            {"Sid": "B", "Effect": "Allow", "Action": "s3:PutObject", "Resource": "*"},
            {"Sid": "C", "Effect": "Deny", "Action": "s3:*", "Resource": "arn:aws:s3:::other/*"}
            """);

        var matches = ConditionalEvaluator.MatchingStatements(policy, "identity[0]", Request(policy));

        Assert.Equal(["A"], matches.Select(m => m.Sid));
    }

    [Theory]
    [InlineData("o-abc", ConditionalAccess.Allowed, true)]
    [InlineData("o-other", ConditionalAccess.Denied, false)]
    public void Evaluate_WhenTheContextSettlesAConditionKey_DecidesOnItsValue(string organization, ConditionalAccess expected, bool holds)
    {
        var request = Request(Doc("""{"Sid": "Org", "Effect": "Allow", "Action": "s3:*", "Resource": "*", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc"}}}""")) with
        {
            Context = new Dictionary<string, IReadOnlyList<string>> { ["aws:PrincipalOrgID"] = [organization] },
        };

        var result = ConditionalEvaluator.Evaluate(request);

        Assert.Equal(expected, result.Access);
        var condition = Assert.Single(ConditionalEvaluator.MatchingStatements(request.IdentityPolicies[0], "identity[0]", request).Single().Conditions);
        Assert.Equal(holds, condition.Holds);
    }

    [Fact]
    public void Evaluate_WhenOneKeyIsSettledAndAnotherOpen_IsConditionalOnlyOnTheOpenOne()
    {
        var request = Request(Doc("""{"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc"}, "Bool": {"aws:SecureTransport": "true"}}}""")) with
        {
            Context = new Dictionary<string, IReadOnlyList<string>> { ["aws:PrincipalOrgID"] = ["o-abc"] },
        };

        var grant = Assert.Single(ConditionalEvaluator.Evaluate(request).Grants);

        Assert.Equal([true, null], grant.Conditions.Select(c => c.Holds));
    }
}
