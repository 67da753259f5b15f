using System.Text.Json;
using CsCheck;
using Vigil.Iam.Lint;
using Vigil.Iam.Tests.Properties;

namespace Vigil.Iam.Tests.Lint;

/// <summary>The linter answers every document with findings, never an exception, and places each finding inside the text.</summary>
public sealed class LinterNeverThrowsProperties
{
    private static readonly LintPolicyKind[] Kinds = Enum.GetValues<LintPolicyKind>();

    private static readonly Gen<RenderStyle> Style =
        Gen.Select(Gen.Bool, Gen.Bool, Gen.Bool, Gen.Bool).Select((statement, values, star, typed) => new RenderStyle(statement, values, star, typed));

    /// <summary>Odd but well-formed element values: wildcards in odd places, empty names, variables, unknown keys and providers.</summary>
    private static readonly string[] Actions =
        ["*", "*:*", "s3:", "s3:*", "s3:Get*", "s3:G?tObject", "*:Get*", "nosuch:Thing", "iam:PassRole", "sts:AssumeRoleWithWebIdentity", "ec2:*Instance*", "S3:GETOBJECT", "a:b:c"];

    private static readonly string[] Resources =
        ["*", "arn:*", "arn:aws:s3:::b", "arn:aws:s3:::${aws:username}/*", "arn:aws:iam::*:role/*", "bucket", "arn:", "arn:aws:s3:::b/${", "${x}", "arn:aws:sqs:*:*:*", ""];

    private static readonly string[] Principals =
        ["\"*\"", "{\"AWS\": \"*\"}", "{\"AWS\": [\"111122223333\", \"alice\"]}", "{\"Service\": [\"lambda.amazonaws.com\", \"x\"]}",
         "{\"Federated\": \"arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com\"}", "{\"Federated\": \"\"}", "{\"CanonicalUser\": \"ab\"}"];

    private static readonly string[] Conditions =
        ["{}", "{\"StringEquals\": {}}", "{\"ForAllValues:StringLike\": {\"aws:TagKeys\": []}}", "{\"Bool\": {\"aws:MultiFactorAuthPresent\": false}}",
         "{\"NumericLessThan\": {\"s3:max-keys\": 5}}", "{\"StringEquals\": {\":\": \"x\", \"\": \"y\", \"a:\": \"z\"}}",
         "{\"StringLike\": {\"token.actions.githubusercontent.com:sub\": [\"repo:*\", \"\"]}}", "{\"DateGreaterThan\": {\"aws:CurrentTime\": \"2026-01-01T00:00:00Z\"}}",
         "{\"ForAnyValue:ArnLikeIfExists\": {\"aws:PrincipalArn\": \"arn:*\"}}", "{\"Null\": {\"aws:SourceIp\": \"true\"}}"];

    private static readonly string[] Sids = ["", "A", "A", "with space", "ünïcode"];

    private static readonly Gen<string> WildStatement =
        from allow in Gen.Bool
        from notAction in Gen.Bool
        from actions in Gen.OneOf(Actions).Array[0, 3]
        from resourceField in Gen.OneOf("Resource", "NotResource", "")
        from resources in Gen.OneOf(Resources).Array[0, 2]
        from principalField in Gen.OneOf("Principal", "NotPrincipal", "")
        from principal in Gen.OneOf(Principals)
        from condition in Gen.OneOf(Conditions)
        from sid in Gen.OneOf(Sids)
        select "{" + string.Join(", ", new[]
        {
            sid.Length > 0 ? $"\"Sid\": {JsonSerializer.Serialize(sid)}" : null,
            $"\"Effect\": \"{(allow ? "Allow" : "Deny")}\"",
            $"\"{(notAction ? "NotAction" : "Action")}\": {JsonSerializer.Serialize(actions)}",
            resourceField.Length > 0 ? $"\"{resourceField}\": {JsonSerializer.Serialize(resources)}" : null,
            principalField.Length > 0 ? $"\"{principalField}\": {principal}" : null,
            $"\"Condition\": {condition}",
        }.Where(p => p is not null)) + "}";

    private static readonly Gen<string> WildPolicy =
        from version in Gen.OneOf("\"Version\": \"2012-10-17\", ", "\"Version\": \"2008-10-17\", ", "")
        from statements in WildStatement.Array[0, 3]
        from asObject in Gen.Bool
        select "{" + version + "\"Statement\": " + (asObject && statements.Length == 1 ? statements[0] : "[\n" + string.Join(",\n", statements) + "\n]") + "}";

    [Fact]
    public void Lint_OnGeneratedPolicies_NeverThrows_AndPlacesFindingsInTheText()
    {
        var tally = PropertyRunner.Check(Gen.Select(PolicyGenerators.Case, Style, Gen.OneOf(Kinds)), input =>
        {
            var (policyCase, style, kind) = input;
            var findings = 0;
            foreach (var (label, policy) in policyCase.Policies())
            {
                var text = policy.ToJson(style, indented: true);
                _ = Iam.Policy.Parse(text, label);
                findings += LintAndCheckPlaces(text, kind);
            }

            return findings > 0 ? "with findings" : "clean";
        });

        tally.RequireShare("with findings", 20);
    }

    [Fact]
    public void Lint_OnOddPolicies_NeverThrows_WhetherTheParserAcceptsThemOrNot()
    {
        var tally = PropertyRunner.Check(Gen.Select(WildPolicy, Gen.OneOf(Kinds)), input =>
        {
            var (text, kind) = input;
            var accepted = true;
            try
            {
                Iam.Policy.Parse(text, "odd");
            }
            catch (PolicyParseException)
            {
                accepted = false;
            }

            LintAndCheckPlaces(text, kind);
            return accepted ? "accepted by the parser" : "rejected by the parser";
        });

        tally.RequireShare("accepted by the parser", 10);
        tally.RequireShare("rejected by the parser", 10);
    }

    private static int LintAndCheckPlaces(string text, LintPolicyKind kind)
    {
        var findings = PolicyLinter.Lint(text, kind);
        var lines = text.Split('\n');
        foreach (var finding in findings)
        {
            Assert.Contains(LintRules.All, r => r.Code == finding.Code && r.Severity == finding.Severity);
            Assert.False(string.IsNullOrWhiteSpace(finding.Message));
            if (finding.Line is not { } line) continue;
            Assert.InRange(line, 1, lines.Length);
            Assert.InRange(finding.Column ?? 0, 1, lines[line - 1].Length + 1);
        }

        return findings.Count;
    }
}
