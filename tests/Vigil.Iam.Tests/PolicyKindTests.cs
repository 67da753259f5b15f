namespace Vigil.Iam.Tests;

/// <summary>What AWS rejects for a policy of a known kind is rejected with the statement and field named.</summary>
public sealed class PolicyKindTests
{
    [Theory]
    [InlineData(PolicyKind.Identity, """{"Effect":"Allow","Action":"s3:GetObject"}""", "statement 0 field Resource: Resource or NotResource is required")]
    [InlineData(PolicyKind.Identity, """{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}""", "statement 0 field Principal: an identity-based policy cannot name a principal")]
    [InlineData(PolicyKind.ResourceBased, """{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}""", "statement 0 field Principal: Principal or NotPrincipal is required")]
    public void Parse_OfAKind_RejectsWhatAwsRejects(PolicyKind kind, string statement, string expected)
    {
        var error = Assert.Throws<PolicyParseException>(() => Policy.Parse($$"""{"Version":"2012-10-17","Statement":[{{statement}}]}""", "p", kind));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PolicyKind.Identity, """{"Effect":"Allow","Action":"s3:GetObject","NotResource":"arn:aws:s3:::x/*"}""")]
    [InlineData(PolicyKind.ResourceBased, """{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}""")]
    [InlineData(PolicyKind.Any, """{"Effect":"Allow","Action":"s3:GetObject"}""")]
    public void Parse_OfAKind_AcceptsValidPolicies(PolicyKind kind, string statement) =>
        Assert.Equal(1, Policy.Parse($$"""{"Version":"2012-10-17","Statement":[{{statement}}]}""", "p", kind).StatementCount);
}
