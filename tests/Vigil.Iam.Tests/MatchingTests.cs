namespace Vigil.Iam.Tests;

public sealed class MatchingTests
{
    [Theory]
    [InlineData("s3:GetObject", "s3:GetObject", true)]
    [InlineData("S3:getobject", "s3:GetObject", true)]
    [InlineData("s3:Get*", "s3:getobjectacl", true)]
    [InlineData("s3:*Object", "s3:PutObject", true)]
    [InlineData("s3:*Object", "s3:PutObjectAcl", false)]
    [InlineData("s3:Get?bject", "s3:GetObject", true)]
    [InlineData("s3:Get?bject", "s3:GetObject2", false)]
    [InlineData("*", "ec2:RunInstances", true)]
    [InlineData("s3:*", "s3express:CreateSession", false)]
    [InlineData("iam:*Policy*", "iam:PutUserPolicyX", true)]
    public void Action_MatchesCaseInsensitivelyWithWildcards(string pattern, string action, bool expected)
    {
        var request = Requests.For(action: action) with { IdentityPolicies = [Requests.Allow(pattern)] };
        Assert.Equal(expected, Evaluator.Evaluate(request).Decision == Decision.Allowed);
    }

    [Theory]
    [InlineData("arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket/a/b", true)]
    [InlineData("arn:aws:s3:::bucket/*", "arn:aws:s3:::Bucket/a", false)]
    [InlineData("arn:aws:s3:::bucket/?", "arn:aws:s3:::bucket/a", true)]
    [InlineData("arn:aws:s3:::bucket/?", "arn:aws:s3:::bucket/ab", false)]
    [InlineData("arn:aws:s3:::*/key", "arn:aws:s3:::bucket/key", true)]
    [InlineData("arn:aws:dynamodb:*:111122223333:table/*", "arn:aws:dynamodb:us-east-1:111122223333:table/t", true)]
    [InlineData("arn:aws:s3:::bucket", "arn:aws:s3:::bucket/key", false)]
    [InlineData("arn:aws:ec2:us-*-1:111122223333:instance/*", "arn:aws:ec2:us-east-1:111122223333:instance/i-1", true)]
    [InlineData("arn:aws:logs:us-east-1:111122223333:log-group:a*z", "arn:aws:logs:us-east-1:111122223333:log-group:a:b:z", false)]
    [InlineData("arn:aws:logs:us-east-1:111122223333:log-group:a*z", "arn:aws:logs:us-east-1:111122223333:log-group:abz", true)]
    [InlineData("arn:aws:logs:us-east-1:111122223333:log-group:a*:*", "arn:aws:logs:us-east-1:111122223333:log-group:ab:log-stream:x", true)]
    [InlineData("arn:aws:*", "arn:aws:s3:::bucket/key", true)]
    [InlineData("arn:aws:s3:::*", "arn:aws:s3:::bucket:with:colons", true)]
    public void Resource_MatchesCaseSensitivelyWithWildcards(string pattern, string resource, bool expected)
    {
        var request = Requests.For(resource: resource) with { IdentityPolicies = [Requests.Allow("s3:GetObject", pattern)] };
        Assert.Equal(expected, Evaluator.Evaluate(request).Decision == Decision.Allowed);
    }

    [Theory]
    [InlineData("arn:aws:s3:::bucket/home/${aws:username}/*", "arn:aws:s3:::bucket/home/alice/x", """{"aws:username": "alice"}""", true)]
    [InlineData("arn:aws:s3:::bucket/home/${aws:username}/*", "arn:aws:s3:::bucket/home/bob/x", """{"aws:username": "alice"}""", false)]
    [InlineData("arn:aws:s3:::bucket/home/${aws:username}/*", "arn:aws:s3:::bucket/home//x", "{}", false)]
    [InlineData("arn:aws:s3:::${aws:username}-bucket/*", "arn:aws:s3:::alice-bucket/x", """{"aws:username": "alice"}""", true)]
    [InlineData("arn:aws:s3:::bucket/${aws:PrincipalTag/team}/*", "arn:aws:s3:::bucket/red/x", """{"aws:PrincipalTag/team": "red"}""", true)]
    [InlineData("arn:aws:s3:::bucket/${aws:username, 'public'}/*", "arn:aws:s3:::bucket/public/x", "{}", true)]
    [InlineData("arn:aws:s3:::bucket/${aws:username}", "arn:aws:s3:::bucket/alice", """{"aws:username": "a*"}""", false)]
    [InlineData("arn:aws:s3:::bucket/${*}", "arn:aws:s3:::bucket/*", "{}", true)]
    [InlineData("arn:aws:s3:::bucket/${*}", "arn:aws:s3:::bucket/x", "{}", false)]
    public void Resource_Variables_AreSubstitutedLiterally(string pattern, string resource, string context, bool expected)
    {
        var request = Requests.For(resource: resource, context: context) with { IdentityPolicies = [Requests.Allow("s3:GetObject", pattern)] };
        Assert.Equal(expected, Evaluator.Evaluate(request).Decision == Decision.Allowed);
    }

    [Fact]
    public void Resource_VariablesIn2008Documents_AreLiteral()
    {
        var policy = Requests.Policy("""{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::bucket/${aws:username}"}""", "2008-10-17");
        var literal = Requests.For(resource: "arn:aws:s3:::bucket/${aws:username}", context: """{"aws:username": "alice"}""") with { IdentityPolicies = [policy] };
        var substituted = Requests.For(resource: "arn:aws:s3:::bucket/alice", context: """{"aws:username": "alice"}""") with { IdentityPolicies = [policy] };
        Assert.Equal(Decision.Allowed, Evaluator.Evaluate(literal).Decision);
        Assert.Equal(Decision.ImplicitDeny, Evaluator.Evaluate(substituted).Decision);
    }

    [Theory]
    [InlineData("""{"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"}""", "s3:GetObject", true)]
    [InlineData("""{"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"}""", "iam:CreateUser", false)]
    [InlineData("""{"Effect": "Allow", "Action": "s3:*", "NotResource": "arn:aws:s3:::secret/*"}""", "s3:GetObject", true)]
    public void NotAction_And_NotResource_Invert(string statement, string action, bool expected)
    {
        var request = Requests.For(action: action) with { IdentityPolicies = [Requests.Policy(statement)] };
        Assert.Equal(expected, Evaluator.Evaluate(request).Decision == Decision.Allowed);
    }

    [Fact]
    public void NotResource_ExcludesListedResources()
    {
        var policy = Requests.Policy("""{"Effect": "Allow", "Action": "s3:*", "NotResource": "arn:aws:s3:::bucket/*"}""");
        Assert.Equal(Decision.ImplicitDeny, Evaluator.Evaluate(Requests.For() with { IdentityPolicies = [policy] }).Decision);
    }
}
