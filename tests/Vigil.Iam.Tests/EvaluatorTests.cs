using System.Text.Json;
using Vigil.Iam.Simulation;

namespace Vigil.Iam.Tests;

public sealed class EvaluatorTests
{
    private static readonly (string Name, string Json)[] Snippets =
    [
        ("@user", "\"arn:aws:iam::111122223333:user/alice\""),
        ("@role", "\"arn:aws:iam::111122223333:role/app\""),
        ("@session", "\"arn:aws:sts::111122223333:assumed-role/app/s1\""),
        ("@federated", "\"arn:aws:sts::111122223333:federated-user/bob\""),
        ("@root", "\"arn:aws:iam::111122223333:root\""),
        ("@foreignUser", "\"arn:aws:iam::444455556666:user/eve\""),
        ("@linked", "\"arn:aws:sts::111122223333:assumed-role/AWSServiceRoleForSupport/s\""),
        ("@bucket", "\"arn:aws:s3:::bucket/key\""),
        ("@roleResource", "\"arn:aws:iam::111122223333:role/target\""),
        ("@key", "\"arn:aws:kms:us-east-1:111122223333:key/1234\""),
        ("@allowAll", Doc("""{"Sid": "All", "Effect": "Allow", "Action": "*", "Resource": "*"}""")),
        ("@denyAll", Doc("""{"Sid": "No", "Effect": "Deny", "Action": "*", "Resource": "*"}""")),
        ("@rcpAllowAll", Doc("""{"Sid": "RCPFullAWSAccess", "Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}""")),
        ("@anyoneDenied", Doc("""{"Sid": "No", "Effect": "Deny", "Principal": "*", "Action": "*", "Resource": "*"}""")),
        ("@allowS3", Doc("""{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}""")),
        ("@allowEc2", Doc("""{"Effect": "Allow", "Action": "ec2:*", "Resource": "*"}""")),
        ("@rcpAllowEc2", Doc("""{"Effect": "Allow", "Principal": "*", "Action": "ec2:*", "Resource": "*"}""")),
        ("@empty", Doc("")),
        ("@toUser", Grant("""{"AWS": "arn:aws:iam::111122223333:user/alice"}""")),
        ("@toRole", Grant("""{"AWS": "arn:aws:iam::111122223333:role/app"}""")),
        ("@toSession", Grant("""{"AWS": "arn:aws:sts::111122223333:assumed-role/app/s1"}""")),
        ("@toFederated", Grant("""{"AWS": "arn:aws:sts::111122223333:federated-user/bob"}""")),
        ("@toAccount", Grant("""{"AWS": "111122223333"}""")),
        ("@toForeignAccount", Grant("""{"AWS": "arn:aws:iam::444455556666:root"}""")),
        ("@toForeignUser", Grant("""{"AWS": "arn:aws:iam::444455556666:user/eve"}""")),
        ("@toAnyone", Grant("\"*\"")),
        ("@toLambda", Grant("""{"Service": "lambda.amazonaws.com"}""")),
        ("@trustEc2", Grant("""{"Service": "ec2.amazonaws.com"}""")),
        ("@denyUnlessAllListed", Doc("""{"Effect": "Deny", "NotPrincipal": {"AWS": ["arn:aws:iam::111122223333:root", "arn:aws:iam::111122223333:role/app", "arn:aws:sts::111122223333:assumed-role/app/s1", "arn:aws:iam::111122223333:user/alice"]}, "Action": "*", "Resource": "*"}""")),
        ("@denyUnlessRole", Doc("""{"Effect": "Deny", "NotPrincipal": {"AWS": ["arn:aws:iam::111122223333:root", "arn:aws:iam::111122223333:role/app"]}, "Action": "*", "Resource": "*"}""")),
        ("@toUserFromVpn", Doc("""{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:user/alice"}, "Action": "*", "Resource": "*", "Condition": {"IpAddress": {"aws:SourceIp": "10.0.0.0/8"}}}""")),
    ];

    [Theory]
    [InlineData("identity allow", """{"principal": @user, "action": "s3:GetObject", "resource": @bucket, "identityPolicies": [@allowAll]}""", "allowed")]
    [InlineData("nothing applies", """{"principal": @user, "action": "s3:GetObject", "resource": @bucket, "identityPolicies": [@allowEc2]}""", "implicitDeny")]
    [InlineData("identity deny wins", """{"principal": @user, "action": "s3:GetObject", "resource": @bucket, "identityPolicies": [@allowAll, @denyAll]}""", "explicitDeny")]
    [InlineData("resource deny wins", """{"principal": @user, "action": "s3:GetObject", "resource": @bucket, "identityPolicies": [@allowAll], "resourcePolicy": @anyoneDenied}""", "explicitDeny")]
    [InlineData("boundary deny wins", """{"principal": @user, "action": "s3:GetObject", "resource": @bucket, "identityPolicies": [@allowAll], "permissionsBoundary": @denyAll}""", "explicitDeny")]
    [InlineData("resource names user", """{"principal": @user, "action": "s3:GetObject", "resource": @bucket, "resourcePolicy": @toUser}""", "allowed")]
    [InlineData("resource names user, condition unmet", """{"principal": @user, "action": "s3:GetObject", "resource": @bucket, "resourcePolicy": @toUserFromVpn, "context": {"aws:SourceIp": "192.0.2.1"}}""", "implicitDeny")]
    [InlineData("resource names user, boundary silent", """{"principal": @user, "action": "s3:GetObject", "resource": @bucket, "resourcePolicy": @toUser, "permissionsBoundary": @allowEc2}""", "allowed")]
    [InlineData("resource names role, boundary silent", """{"principal": @session, "action": "s3:GetObject", "resource": @bucket, "resourcePolicy": @toRole, "permissionsBoundary": @allowEc2}""", "implicitDeny")]
    [InlineData("resource names role, no boundary", """{"principal": @session, "action": "s3:GetObject", "resource": @bucket, "resourcePolicy": @toRole}""", "allowed")]
    [InlineData("resource names role, session policy silent", """{"principal": @session, "action": "s3:GetObject", "resource": @bucket, "resourcePolicy": @toRole, "sessionPolicy": @allowEc2}""", "implicitDeny")]
    [InlineData("resource names session, session policy silent", """{"principal": @session, "action": "s3:GetObject", "resource": @bucket, "resourcePolicy": @toSession, "sessionPolicy": @allowEc2, "permissionsBoundary": @allowEc2}""", "allowed")]
    [InlineData("role principal named, boundary silent", """{"principal": @role, "action": "s3:GetObject", "resource": @bucket, "resourcePolicy": @toRole, "permissionsBoundary": @allowEc2}""", "implicitDeny")]
    [InlineData("resource names account, no identity", """{"principal": @user, "action": "s3:GetObject", "resource": @bucket, "resourcePolicy": @toAccount}""", "implicitDeny")]
    [InlineData("resource names account, identity allows", """{"principal": @user, "action": "s3:GetObject", "resource": @bucket, "resourcePolicy": @toAccount, "identityPolicies": [@allowS3]}""", "allowed")]
    [InlineData("boundary silent", """{"principal": @user, "action": "s3:GetObject", "resource": @bucket, "identityPolicies": [@allowAll], "permissionsBoundary": @allowEc2}""", "implicitDeny")]
    [InlineData("boundary allows", """{"principal": @user, "action": "s3:GetObject", "resource": @bucket, "identityPolicies": [@allowAll], "permissionsBoundary": @allowS3}""", "allowed")]
    [InlineData("role session, no session policy", """{"principal": @session, "action": "s3:GetObject", "resource": @bucket, "identityPolicies": [@allowAll]}""", "allowed")]
    [InlineData("role session, session policy allows", """{"principal": @session, "action": "s3:GetObject", "resource": @bucket, "identityPolicies": [@allowAll], "sessionPolicy": @allowS3}""", "allowed")]
    [InlineData("role session, session policy silent", """{"principal": @session, "action": "s3:GetObject", "resource": @bucket, "identityPolicies": [@allowAll], "sessionPolicy": @allowEc2}""", "implicitDeny")]
    [InlineData("session policy ignored for a user", """{"principal": @user, "action": "s3:GetObject", "resource": @bucket, "identityPolicies": [@allowAll], "sessionPolicy": @allowEc2}""", "allowed")]
    [InlineData("federated session, no session policy", """{"principal": @federated, "action": "s3:GetObject", "resource": @bucket, "identityPolicies": [@allowAll]}""", "implicitDeny")]
    [InlineData("federated session, session policy allows", """{"principal": @federated, "action": "s3:GetObject", "resource": @bucket, "identityPolicies": [@allowAll], "sessionPolicy": @allowS3}""", "allowed")]
    [InlineData("federated session named by resource", """{"principal": @federated, "action": "s3:GetObject", "resource": @bucket, "resourcePolicy": @toFederated}""", "allowed")]
    [InlineData("cross account, identity only", """{"principal": @foreignUser, "action": "s3:GetObject", "resource": @bucket, "resourceAccount": "111122223333", "identityPolicies": [@allowAll]}""", "implicitDeny")]
    [InlineData("cross account, both sides", """{"principal": @foreignUser, "action": "s3:GetObject", "resource": @bucket, "resourceAccount": "111122223333", "identityPolicies": [@allowAll], "resourcePolicy": @toForeignAccount}""", "allowed")]
    [InlineData("cross account, resource only (account)", """{"principal": @foreignUser, "action": "s3:GetObject", "resource": @bucket, "resourceAccount": "111122223333", "resourcePolicy": @toForeignAccount}""", "implicitDeny")]
    [InlineData("cross account, resource only (user)", """{"principal": @foreignUser, "action": "s3:GetObject", "resource": @bucket, "resourceAccount": "111122223333", "resourcePolicy": @toForeignUser}""", "implicitDeny")]
    [InlineData("cross account, user named and identity", """{"principal": @foreignUser, "action": "s3:GetObject", "resource": @bucket, "resourceAccount": "111122223333", "resourcePolicy": @toForeignUser, "identityPolicies": [@allowS3]}""", "allowed")]
    [InlineData("cross account from resource ARN", """{"principal": @foreignUser, "action": "kms:Decrypt", "resource": @key, "identityPolicies": [@allowAll], "resourcePolicy": @toAccount}""", "implicitDeny")]
    [InlineData("anonymous, public bucket", """{"principal": "anonymous", "action": "s3:GetObject", "resource": @bucket, "resourcePolicy": @toAnyone}""", "allowed")]
    [InlineData("anonymous, identity policies never apply", """{"principal": "anonymous", "action": "s3:GetObject", "resource": @bucket, "identityPolicies": [@allowAll]}""", "implicitDeny")]
    [InlineData("anonymous, account principal", """{"principal": "anonymous", "action": "s3:GetObject", "resource": @bucket, "resourcePolicy": @toAccount}""", "implicitDeny")]
    [InlineData("anonymous, no SCPs apply", """{"principal": "anonymous", "action": "s3:GetObject", "resource": @bucket, "resourcePolicy": @toAnyone, "scps": [[@empty]]}""", "allowed")]
    [InlineData("service principal named", """{"principal": "lambda.amazonaws.com", "action": "s3:GetObject", "resource": @bucket, "resourcePolicy": @toLambda}""", "allowed")]
    [InlineData("service principal, no resource policy", """{"principal": "lambda.amazonaws.com", "action": "s3:GetObject", "resource": @bucket, "identityPolicies": [@allowAll]}""", "implicitDeny")]
    [InlineData("trust names only ec2", """{"principal": @user, "action": "sts:AssumeRole", "resource": @roleResource, "identityPolicies": [@allowAll], "resourcePolicy": @trustEc2}""", "implicitDeny")]
    [InlineData("trust names account, identity allows", """{"principal": @user, "action": "sts:AssumeRole", "resource": @roleResource, "identityPolicies": [@allowAll], "resourcePolicy": @toAccount}""", "allowed")]
    [InlineData("trust names account, no identity", """{"principal": @user, "action": "sts:AssumeRole", "resource": @roleResource, "resourcePolicy": @toAccount}""", "implicitDeny")]
    [InlineData("trust names user", """{"principal": @user, "action": "sts:AssumeRole", "resource": @roleResource, "resourcePolicy": @toUser}""", "allowed")]
    [InlineData("trust governs sts:TagSession", """{"principal": @user, "action": "sts:TagSession", "resource": @roleResource, "identityPolicies": [@allowAll], "resourcePolicy": @trustEc2}""", "implicitDeny")]
    [InlineData("trust missing", """{"principal": @user, "action": "sts:AssumeRole", "resource": @roleResource, "identityPolicies": [@allowAll]}""", "implicitDeny")]
    [InlineData("service assumes trusted role", """{"principal": "ec2.amazonaws.com", "action": "sts:AssumeRole", "resource": @roleResource, "resourcePolicy": @trustEc2}""", "allowed")]
    [InlineData("key policy trusts account", """{"principal": @user, "action": "kms:Decrypt", "resource": @key, "identityPolicies": [@allowAll], "resourcePolicy": @toAccount}""", "allowed")]
    [InlineData("key policy does not trust account", """{"principal": @user, "action": "kms:Decrypt", "resource": @key, "identityPolicies": [@allowAll], "resourcePolicy": @toForeignAccount}""", "implicitDeny")]
    [InlineData("root in own account", """{"principal": @root, "action": "s3:DeleteBucket", "resource": "arn:aws:s3:::bucket"}""", "allowed")]
    [InlineData("root and a key policy that does not trust the account", """{"principal": @root, "action": "kms:Decrypt", "resource": @key, "resourcePolicy": @toForeignAccount}""", "implicitDeny")]
    [InlineData("root under a denying SCP", """{"principal": @root, "action": "s3:GetObject", "resource": @bucket, "scps": [[@allowAll, @denyAll]]}""", "explicitDeny")]
    [InlineData("every SCP level allows", """{"principal": @user, "action": "s3:GetObject", "resource": @bucket, "identityPolicies": [@allowAll], "scps": [[@allowAll], [@allowS3], [@allowAll]]}""", "allowed")]
    [InlineData("one SCP level silent", """{"principal": @user, "action": "s3:GetObject", "resource": @bucket, "identityPolicies": [@allowAll], "scps": [[@allowAll], [@allowEc2], [@allowAll]]}""", "implicitDeny")]
    [InlineData("SCP level with no policy", """{"principal": @user, "action": "s3:GetObject", "resource": @bucket, "identityPolicies": [@allowAll], "scps": [[@allowAll], []]}""", "implicitDeny")]
    [InlineData("SCP never grants", """{"principal": @user, "action": "s3:GetObject", "resource": @bucket, "scps": [[@allowAll]]}""", "implicitDeny")]
    [InlineData("SCPs skip service-linked roles", """{"principal": @linked, "action": "s3:GetObject", "resource": @bucket, "identityPolicies": [@allowAll], "scps": [[@denyAll]]}""", "allowed")]
    [InlineData("RCP deny on s3", """{"principal": @user, "action": "s3:GetObject", "resource": @bucket, "identityPolicies": [@allowAll], "rcps": [[@rcpAllowAll, @anyoneDenied]]}""", "explicitDeny")]
    [InlineData("RCP level silent on s3", """{"principal": @user, "action": "s3:GetObject", "resource": @bucket, "identityPolicies": [@allowAll], "rcps": [[@rcpAllowAll], [@rcpAllowEc2]]}""", "implicitDeny")]
    [InlineData("RCPs skip ec2", """{"principal": @user, "action": "ec2:DescribeInstances", "resource": "*", "identityPolicies": [@allowAll], "rcps": [[@anyoneDenied]]}""", "allowed")]
    [InlineData("RCPs apply to anonymous callers", """{"principal": "anonymous", "action": "s3:GetObject", "resource": @bucket, "resourcePolicy": @toAnyone, "rcps": [[@rcpAllowAll, @anyoneDenied]]}""", "explicitDeny")]
    [InlineData("RCPs skip kms:RetireGrant", """{"principal": @user, "action": "kms:RetireGrant", "resource": @key, "identityPolicies": [@allowAll], "resourcePolicy": @toAccount, "rcps": [[@anyoneDenied]]}""", "allowed")]
    [InlineData("RCPs skip service-linked roles", """{"principal": @linked, "action": "s3:GetObject", "resource": @bucket, "identityPolicies": [@allowAll], "rcps": [[@anyoneDenied]]}""", "allowed")]
    [InlineData("NotPrincipal lists only the role", """{"principal": @session, "action": "s3:GetObject", "resource": @bucket, "identityPolicies": [@allowAll], "resourcePolicy": @denyUnlessRole}""", "explicitDeny")]
    [InlineData("NotPrincipal lists every identity of the session", """{"principal": @session, "action": "s3:GetObject", "resource": @bucket, "identityPolicies": [@allowAll], "resourcePolicy": @denyUnlessAllListed}""", "allowed")]
    [InlineData("NotPrincipal deny and a boundary", """{"principal": @user, "action": "s3:GetObject", "resource": @bucket, "identityPolicies": [@allowAll], "permissionsBoundary": @allowAll, "resourcePolicy": @denyUnlessAllListed}""", "explicitDeny")]
    public void Evaluate_FollowsTheAwsDecisionFlow(string name, string request, string expected)
    {
        var result = Decide(request);
        Assert.True(DecisionText.Of(result.Decision) == expected, $"{name}: expected {expected}, got {DecisionText.Of(result.Decision)}");
    }

    [Fact]
    public void Evaluate_WhenExplicitDenyMatches_ReportsTheDenyStatements()
    {
        var result = Decide("""{"principal": @user, "action": "s3:GetObject", "resource": @bucket, "identityPolicies": [@allowAll], "scps": [[@allowAll], [@denyAll]]}""");
        Assert.Equal(Decision.ExplicitDeny, result.Decision);
        Assert.Equal([new MatchedStatement("scp[1][0]", "No", "Deny")], result.MatchedStatements);
    }

    [Fact]
    public void Evaluate_WhenAllowed_ReportsTheAllowStatements()
    {
        var result = Decide("""{"principal": @user, "action": "s3:GetObject", "resource": @bucket, "identityPolicies": [@allowEc2, @allowAll], "scps": [[@allowAll]]}""");
        Assert.Equal(Decision.Allowed, result.Decision);
        Assert.Equal([new MatchedStatement("identity[1]", "All", "Allow"), new MatchedStatement("scp[0][0]", "All", "Allow")], result.MatchedStatements);
    }

    [Fact]
    public void Evaluate_WhenImplicitlyDenied_ReportsNoStatements() =>
        Assert.Empty(Decide("""{"principal": @user, "action": "s3:GetObject", "resource": @bucket, "identityPolicies": [@allowAll], "permissionsBoundary": @allowEc2}""").MatchedStatements);

    [Fact]
    public void Evaluate_ContextKeys_AreCaseInsensitive()
    {
        var policy = Requests.Policy("""{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}}""");
        var context = new Dictionary<string, IReadOnlyList<string>> { ["AWS:MULTIFACTORAUTHPRESENT"] = ["true"] };
        var request = Requests.For() with { IdentityPolicies = [policy], Context = context };
        Assert.Equal(Decision.Allowed, Evaluator.Evaluate(request).Decision);
    }

    internal static AuthorizationResult Decide(string request)
    {
        foreach (var (name, json) in Snippets.OrderByDescending(s => s.Name.Length)) request = request.Replace(name, json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(request);
        return Evaluator.Evaluate(new SimulationRequestReader().Read(document.RootElement));
    }

    private static string Doc(string statement) => $$"""{"Version": "2012-10-17", "Statement": [{{statement}}]}""";

    private static string Grant(string principal) =>
        Doc($$"""{"Sid": "Grant", "Effect": "Allow", "Principal": {{principal}}, "Action": "*", "Resource": "*"}""");
}
