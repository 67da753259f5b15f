using Vigil.Iam.Lint;

namespace Vigil.Iam.Tests.Lint;

public sealed class PolicyLinterTests
{
    private const string Policy = """
        {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Sid": "Read",
              "Effect": "Allow",
              "Action": ["s3:GetObject", "s3:GetObjekt"],
              "Resource": "arn:aws:s3:::reports/*",
              "Condition": {"StringEquals": {"aws:CurrentTime": "2026-01-01T00:00:00Z"}}
            }
          ]
        }
        """;

    [Fact]
    public void Lint_UnknownAction_NamesStatementPathLineAndColumn_AndSuggestsTheClosestAction()
    {
        var finding = Assert.Single(PolicyLinter.Lint(Policy, LintPolicyKind.Identity), f => f.Code == "UNKNOWN_ACTION");

        Assert.Equal(LintSeverity.Error, finding.Severity);
        Assert.Equal(0, finding.StatementIndex);
        Assert.Equal("Read", finding.Sid);
        Assert.Equal("Statement[0].Action[1]", finding.Path);
        Assert.Equal(7, finding.Line);
        Assert.Equal(34, finding.Column);
        Assert.Contains("Did you mean \"s3:GetObject\"?", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_ConditionFinding_PointsAtTheConditionKey()
    {
        var finding = Assert.Single(PolicyLinter.Lint(Policy, LintPolicyKind.Identity), f => f.Code == "MISMATCHED_TYPE");

        Assert.Equal("Statement[0].Condition.StringEquals.aws:CurrentTime", finding.Path);
        Assert.Equal(9, finding.Line);
        Assert.Equal(38, finding.Column);
        Assert.Contains("Date", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_FindingsComeInDocumentOrder()
    {
        var findings = PolicyLinter.Lint(Policy, LintPolicyKind.Identity);
        Assert.Equal(findings.OrderBy(f => f.Line).ThenBy(f => f.Column).Select(f => f.Code), findings.Select(f => f.Code));
    }

    [Fact]
    public void Lint_MalformedJson_IsOneFindingWithTheLine()
    {
        var finding = Assert.Single(PolicyLinter.Lint("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n", LintPolicyKind.Identity));
        Assert.Equal("MALFORMED_JSON", finding.Code);
        Assert.NotNull(finding.Line);
    }

    [Fact]
    public void Lint_ParseError_NamesTheStatementAndField()
    {
        var finding = Assert.Single(PolicyLinter.Lint("""{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": 5}]}""", LintPolicyKind.Identity));
        Assert.Equal("MALFORMED", finding.Code);
        Assert.Equal(0, finding.StatementIndex);
        Assert.Equal("Statement[0].Resource", finding.Path);
        Assert.Equal(1, finding.Line);
    }

    [Fact]
    public void Lint_UnknownService_SuggestsTheClosestPrefix()
    {
        var finding = Assert.Single(PolicyLinter.Lint("""{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "dynamdb:GetItem", "Resource": "*"}}""", LintPolicyKind.Identity),
            f => f.Code == "UNKNOWN_PREFIX");
        Assert.Equal("Statement.Action", finding.Path);
        Assert.Contains("Did you mean \"dynamodb\"?", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_SamePolicyAsIdentityOrResource_AppliesTheKindsRules()
    {
        const string bucketPolicy = """{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::site/*"}]}""";
        Assert.Contains(PolicyLinter.Lint(bucketPolicy, LintPolicyKind.Resource), f => f.Code == "PUBLIC_ACCESS");
        Assert.DoesNotContain(PolicyLinter.Lint(bucketPolicy, LintPolicyKind.Resource), f => f.Code == "UNSUPPORTED_PRINCIPAL_ELEMENT");
        Assert.Contains(PolicyLinter.Lint(bucketPolicy, LintPolicyKind.Identity), f => f.Code == "UNSUPPORTED_PRINCIPAL_ELEMENT");
        Assert.DoesNotContain(PolicyLinter.Lint(bucketPolicy, LintPolicyKind.Identity), f => f.Code == "PUBLIC_ACCESS");
    }

    [Fact]
    public void Lint_DenyCancelsTheRiskCategory()
    {
        const string policy = """
            {"Version": "2012-10-17", "Statement": [
              {"Effect": "Allow", "Action": "ecr:GetAuthorizationToken", "Resource": "*"},
              {"Effect": "Deny", "Action": "ecr:GetAuthorizationToken", "Resource": "*"}]}
            """;
        Assert.DoesNotContain(PolicyLinter.Lint(policy, LintPolicyKind.Identity), f => f.Code == "CREDENTIALS_EXPOSURE");
    }

    [Fact]
    public void Lint_CleanPolicy_HasNoFindings()
    {
        const string policy = """{"Version": "2012-10-17", "Statement": [{"Sid": "Reports", "Effect": "Allow", "Action": ["s3:ListBucket"], "Resource": "arn:aws:s3:::reports", "Condition": {"StringLike": {"s3:prefix": "2026/*"}}}]}""";
        Assert.Empty(PolicyLinter.Lint(policy, LintPolicyKind.Identity));
    }
}
