namespace Vigil.Iam.Tests;

public sealed class PolicyMentionsTests
{
    [Fact]
    public void Of_CollectsAccountsFromPrincipalsAndConditionValuesOfAllowStatements()
    {
        var mentions = PolicyMentions.Of(Policy.Parse("""
            {"Version": "2012-10-17", "Statement": [
              {"Effect": "Allow", "Principal": {"AWS": ["111122223333", "arn:aws:iam::444455556666:root", "arn:aws:iam::777788889999:role/etl"]}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"},
              {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*", "Condition": {"StringEquals": {"aws:PrincipalAccount": "210987654321"}, "ArnLike": {"aws:SourceArn": "arn:aws:sns:us-east-1:123456789012:t"}}},
              {"Effect": "Deny", "Principal": {"AWS": "arn:aws:iam::999988887777:root"}, "Action": "*", "NotResource": "arn:aws:s3:::b/public/*"}
            ]}
            """, "p"));

        Assert.Equal(["111122223333", "444455556666", "777788889999", "210987654321", "123456789012"], mentions.Accounts);
        Assert.Equal(["111122223333", "444455556666", "777788889999"], mentions.PrincipalAccounts);
        Assert.Equal(["arn:aws:iam::777788889999:role/etl"], mentions.PrincipalArns);
        Assert.True(mentions.HasOpenAllow);
        Assert.Equal(["arn:aws:s3:::b/*", "arn:aws:s3:::b/public/*"], mentions.ResourcePatterns);
        Assert.True(mentions.HasAllow);
        Assert.True(mentions.NamesResources);
    }

    [Fact]
    public void Of_DenyOnlyPolicyOnEveryResource_HasNoAllowAndNamesNoResource()
    {
        var mentions = PolicyMentions.Of(Policy.Parse("""
            {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Principal": "*", "Action": "*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}
            """, "p"));

        Assert.False(mentions.HasAllow);
        Assert.False(mentions.HasOpenAllow);
        Assert.False(mentions.NamesResources);
        Assert.Empty(mentions.Accounts);
        Assert.Empty(mentions.ResourcePatterns);
    }

    [Fact]
    public void Of_PolicyVariablesAndWildcardAccounts_AreNotAccounts()
    {
        var mentions = PolicyMentions.Of(Policy.Parse("""
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*",
              "Condition": {"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::*:role/admin"}, "StringEquals": {"aws:PrincipalAccount": "${aws:ResourceAccount}"}}}]}
            """, "p"));

        Assert.Empty(mentions.Accounts);
        Assert.False(mentions.NamesResources);
    }

    [Theory]
    [InlineData("""{"Effect": "Allow", "Principal": {"Service": "cloudtrail.amazonaws.com", "AWS": "arn:aws:iam::111122223333:root"}, "Action": "s3:PutObject", "Resource": "*"}""", false)]
    [InlineData("""{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "s3:PutObject", "Resource": "*", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-1"}}}""", true)]
    [InlineData("""{"Effect": "Allow", "NotPrincipal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "s3:PutObject", "Resource": "*"}""", true)]
    [InlineData("""{"Effect": "Allow", "Action": "s3:PutObject", "Resource": "*"}""", true)]
    [InlineData("""{"Effect": "Deny", "Principal": "*", "Action": "s3:PutObject", "Resource": "*"}""", false)]
    public void Of_HasOpenAllow_WhenAnAllowStatementDoesNotNameItsPrincipals(string statement, bool open) =>
        Assert.Equal(open, PolicyMentions.Of(Policy.Parse($$"""{"Version": "2012-10-17", "Statement": [{{statement}}]}""", "p")).HasOpenAllow);
}
