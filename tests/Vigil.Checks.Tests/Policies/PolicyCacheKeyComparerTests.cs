using Vigil.Checks.Policies;

namespace Vigil.Checks.Tests.Policies;

/// <summary>Which resource policies the verdict caches take for one: the same text but for the own resource's ARN (and,
/// across accounts, the owner account id as a whole number) — nothing else.</summary>
public sealed class PolicyCacheKeyComparerTests
{
    private const string A = "111111111111";
    private const string B = "222222222222";

    private static string KeyPolicy(string account, string also = "") =>
        $$"""{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{account}}:root"},"Action":"kms:*","Resource":"*"}{{also}}]}""";

    private static PolicyCacheKey Key(string account, string resource, string document) => new(account, document, resource);

    private static void AssertEqual(PolicyCacheKeyComparer comparer, PolicyCacheKey x, PolicyCacheKey y, bool expected)
    {
        Assert.Equal(expected, comparer.Equals(x, y));
        Assert.Equal(expected, comparer.Equals(y, x));
        if (expected) Assert.Equal(comparer.GetHashCode(x), comparer.GetHashCode(y));
    }

    [Fact]
    public void WithinAnAccount_OwnResourceArnsArePlaceholders()
    {
        var x = Key(A, "arn:aws:s3:::alpha", """{"Resource":["arn:aws:s3:::alpha","arn:aws:s3:::alpha/*"]}""");
        var y = Key(A, "arn:aws:s3:::beta-longer", """{"Resource":["arn:aws:s3:::beta-longer","arn:aws:s3:::beta-longer/*"]}""");
        AssertEqual(PolicyCacheKeyComparer.Instance, x, y, true);
    }

    [Fact]
    public void WithinAnAccount_AWildcardOrPrefixOfTheOwnArnIsText()
    {
        var x = Key(A, "arn:aws:s3:::alpha", """{"Resource":"arn:aws:s3:::alpha*"}""");
        var y = Key(A, "arn:aws:s3:::beta", """{"Resource":"arn:aws:s3:::beta*"}""");
        AssertEqual(PolicyCacheKeyComparer.Instance, x, y, false);
    }

    [Fact]
    public void WithinAnAccount_TheSamePolicyInTwoAccountsDiffers()
    {
        var x = Key(A, $"arn:aws:kms:us-east-1:{A}:key/k", KeyPolicy(A));
        var y = Key(B, $"arn:aws:kms:us-east-1:{B}:key/k", KeyPolicy(B));
        AssertEqual(PolicyCacheKeyComparer.Instance, x, y, false);
    }

    [Fact]
    public void AcrossAccounts_TheOwnerAccountIdIsAPlaceholder()
    {
        var x = Key(A, $"arn:aws:kms:us-east-1:{A}:key/1", KeyPolicy(A));
        var y = Key(B, $"arn:aws:kms:eu-west-1:{B}:key/2", KeyPolicy(B));
        AssertEqual(PolicyCacheKeyComparer.AcrossAccounts, x, y, true);
    }

    [Fact]
    public void AcrossAccounts_AForeignAccountStaysText()
    {
        var grant = $$""",{"Effect":"Allow","Principal":{"AWS":"333333333333"},"Action":"kms:Decrypt","Resource":"*"}""";
        var other = $$""",{"Effect":"Allow","Principal":{"AWS":"444444444444"},"Action":"kms:Decrypt","Resource":"*"}""";
        var x = Key(A, $"arn:aws:kms:us-east-1:{A}:key/1", KeyPolicy(A, grant));
        AssertEqual(PolicyCacheKeyComparer.AcrossAccounts, x, Key(B, $"arn:aws:kms:us-east-1:{B}:key/2", KeyPolicy(B, grant)), true);
        AssertEqual(PolicyCacheKeyComparer.AcrossAccounts, x, Key(B, $"arn:aws:kms:us-east-1:{B}:key/2", KeyPolicy(B, other)), false);
    }

    [Fact]
    public void AcrossAccounts_TwoAccountsNamingEachOtherAreNotTheSame()
    {
        string Naming(string account) => $$""",{"Effect":"Allow","Principal":{"AWS":"{{account}}"},"Action":"kms:Decrypt","Resource":"*"}""";
        var x = Key(A, $"arn:aws:kms:us-east-1:{A}:key/1", KeyPolicy(A, Naming(B)));
        var y = Key(B, $"arn:aws:kms:us-east-1:{B}:key/1", KeyPolicy(B, Naming(A)));
        AssertEqual(PolicyCacheKeyComparer.AcrossAccounts, x, y, false);
    }

    [Fact]
    public void AcrossAccounts_TheAccountIdInsideALongerNumberIsText()
    {
        var x = Key(A, "arn:aws:s3:::alpha", """{"Condition":{"StringEquals":{"x":"ID9"}}}""".Replace("ID", A, StringComparison.Ordinal));
        var y = Key(B, "arn:aws:s3:::alpha", """{"Condition":{"StringEquals":{"x":"ID9"}}}""".Replace("ID", B, StringComparison.Ordinal));
        AssertEqual(PolicyCacheKeyComparer.AcrossAccounts, x, y, false);
    }

    [Theory]
    [InlineData("""{"Condition":{"StringEquals":{"aws:ResourceAccount":"111111111111"}}}""", true)]
    [InlineData("""{"Condition":{"StringEquals":{"aws:ResourceOrgID":"o-abc"}}}""", true)]
    [InlineData("""{"Condition":{"StringLike":{"aws:PrincipalAccount":"1111*"}}}""", true)]
    [InlineData("""{"Resource":"arn:aws:sqs:*:?11111111111:q"}""", true)]
    [InlineData("""{"Principal":{"AWS":"arn:aws:iam::111111111111:root"},"Resource":"arn:aws:sqs:*:111111111111:*"}""", false)]
    [InlineData("*1", true)]
    [InlineData("1?", true)]
    [InlineData("""{"Action":"s3:*","Resource":["arn:aws:s3:::a*","arn:aws:s3:::b/*","arn:aws:sqs:*:2*"]}""", true)]
    [InlineData("""{"Action":"s3:Get*","Resource":["arn:aws:s3:::a*","*"]}""", false)]
    public void MayDependOnOwner_OwnerFactsAndPartialAccountPatterns(string document, bool expected) =>
        Assert.Equal(expected, PolicyVerdictCache.MayDependOnOwner(document));
}
