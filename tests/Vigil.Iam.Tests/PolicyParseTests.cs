namespace Vigil.Iam.Tests;

public sealed class PolicyParseTests
{
    [Theory]
    [InlineData("""{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}}""", 1)]
    [InlineData("""{"Version": "2008-10-17", "Id": "p1", "Statement": [{"Sid": "A", "Effect": "Deny", "NotAction": ["s3:*"], "NotResource": "arn:aws:s3:::b"}]}""", 1)]
    [InlineData("""{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"}, {"Effect": "Allow", "NotPrincipal": {"AWS": ["111122223333", "arn:aws:iam::111122223333:root"]}, "Action": "*"}]}""", 2)]
    [InlineData("""{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*", "Service": ["lambda.amazonaws.com"], "Federated": "cognito-identity.amazonaws.com", "CanonicalUser": "79a59df900b949e55d96a1e698fbaced"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"a:b": ["x", 1, true]}}}]}""", 1)]
    [InlineData("""{"Version": "2012-10-17", "Statement": []}""", 0)]
    public void Parse_ValidDocuments_CompilesEveryStatement(string json, int statements) =>
        Assert.Equal(statements, Policy.Parse(json, "p").StatementCount);

    [Theory]
    [InlineData("""{"Version": "2012-10-17"}""", "Statement", null)]
    [InlineData("""{"Version": "2013-01-01", "Statement": []}""", "Version", null)]
    [InlineData("""{"Version": "2012-10-17", "Statement": [{"Sid": "S1", "Effect": "allow", "Action": "*"}]}""", "Effect", 0)]
    [InlineData("""{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*"}, {"Sid": "S2", "Effect": "Allow", "Resource": "*"}]}""", "Action", 1)]
    [InlineData("""{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "NotAction": "s3:*"}]}""", "Action", 0)]
    [InlineData("""{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "GetObject"}]}""", "Action", 0)]
    [InlineData("""{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": [], "Resource": "*"}]}""", "Action", 0)]
    [InlineData("""{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": 5}]}""", "Resource", 0)]
    [InlineData("""{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Principal": "arn:aws:iam::1:root"}]}""", "Principal", 0)]
    [InlineData("""{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Principal": {"Users": "x"}}]}""", "Principal.Users", 0)]
    [InlineData("""{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Condition": {"StringEqualz": {"a": "b"}}}]}""", "Condition", 0)]
    [InlineData("""{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Condition": {"NumericLessThan": {"a": "x"}}}]}""", "Condition.NumericLessThan.a", 0)]
    [InlineData("""{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Condition": {"IpAddress": {"aws:SourceIp": "300.1.1.1/8"}}}]}""", "Condition.IpAddress.aws:SourceIp", 0)]
    [InlineData("""{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Condition": {"NullIfExists": {"a": "true"}}}]}""", "Condition", 0)]
    [InlineData("""{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Actions": "*"}]}""", "Actions", 0)]
    public void Parse_InvalidDocuments_NameTheStatementAndField(string json, string field, int? statement)
    {
        var e = Assert.Throws<PolicyParseException>(() => Policy.Parse(json, "policy.json"));
        Assert.Equal(field, e.Field);
        Assert.Equal(statement, e.StatementIndex);
        Assert.Contains("policy.json", e.Message, StringComparison.Ordinal);
        Assert.Contains(field, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidStatement_MessageNamesSid()
    {
        var e = Assert.Throws<PolicyParseException>(() => Policy.Parse("""{"Statement": [{"Sid": "ReadOnly", "Effect": "Maybe", "Action": "*"}]}""", "x"));
        Assert.Equal("policy x: statement 0 (Sid \"ReadOnly\") field Effect: must be \"Allow\" or \"Deny\", not \"Maybe\"", e.Message);
    }

    [Fact]
    public void Parse_NotJson_Throws() =>
        Assert.Throws<PolicyParseException>(() => Policy.Parse("{", "x"));

    [Fact]
    public void NamedPrincipals_ListPrincipalElementsAsWrittenButNotNotPrincipal()
    {
        var policy = Policy.Parse("""{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": ["111122223333", "arn:aws:iam::444455556666:role/deploy"], "Federated": "accounts.google.com"}, "Action": "sts:AssumeRole"}, {"Effect": "Deny", "NotPrincipal": {"AWS": "arn:aws:iam::777788889999:root"}, "Action": "*"}, {"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole"}]}""", "p");

        Assert.Equal(
            [new NamedPrincipal("AWS", "111122223333"), new NamedPrincipal("AWS", "arn:aws:iam::444455556666:role/deploy"), new NamedPrincipal("Federated", "accounts.google.com"), new NamedPrincipal("AWS", "*")],
            policy.NamedPrincipals);
    }

    [Fact]
    public void NamedActionsAndResources_ListActionAndResourceElementsButNotTheirNegations()
    {
        var policy = Policy.Parse("""{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject", "SQS:*"], "Resource": "arn:aws:s3:::b/*"}, {"Effect": "Allow", "NotAction": "iam:*", "NotResource": "arn:aws:s3:::secret"}]}""", "p");

        Assert.Equal(["s3:GetObject", "SQS:*"], policy.NamedActions);
        Assert.Equal(["arn:aws:s3:::b/*"], policy.NamedResources);
    }

    [Fact]
    public void NamedConditionValues_CollectEveryOperatorOnTheKeyIgnoringItsCase()
    {
        var policy = Policy.Parse("""{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"sts:ExternalId": ["a", "b"]}, "Bool": {"aws:SecureTransport": true}}}, {"Effect": "Deny", "Action": "*", "Condition": {"StringNotLike": {"STS:externalid": "c*"}}}]}""", "p");

        Assert.Equal(["a", "b", "c*"], policy.NamedConditionValues("sts:ExternalId"));
        Assert.Equal(["true"], policy.NamedConditionValues("aws:SecureTransport"));
        Assert.Empty(policy.NamedConditionValues("aws:SourceIp"));
    }

    [Fact]
    public void WithSource_RenamesWithoutRecompiling_AndDecidesAlike()
    {
        var policy = Policy.Parse("""{"Version": "2012-10-17", "Statement": [{"Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}""", "first");
        var renamed = policy.WithSource("inline main of role/app");

        Assert.Equal("inline main of role/app", renamed.Source);
        Assert.Equal("first", policy.Source);
        Assert.Same(policy, policy.WithSource("first"));
        Assert.Same(PolicyActionMentions.Of(policy).AllowedActionPatterns, PolicyActionMentions.Of(policy.WithSource("again")).AllowedActionPatterns);
        var request = Requests.For() with { IdentityPolicies = [renamed] };
        Assert.Equal(Decision.Allowed, Evaluator.Evaluate(request).Decision);
        Assert.Equal(Decision.ImplicitDeny, Evaluator.Evaluate(request with { Action = "s3:PutObject" }).Decision);
    }
}
