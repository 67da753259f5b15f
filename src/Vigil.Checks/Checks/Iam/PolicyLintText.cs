namespace Vigil.Checks.Checks.Iam;

/// <summary>Remediation text shared by the policy lint checks.</summary>
internal static class PolicyLintText
{
    public const string Method =
        "The check lints the document with Vigil's IAM policy linter (docs/iam-lint.md: Parliament's and IAM Access Analyzer's finding types, checked against the embedded AWS action catalog); run `vigil iam lint POLICY.json` for every finding with its line and column, and `aws accessanalyzer validate-policy` for AWS's own opinion.";

    public const string ErrorRemediation =
        "Correct each error the message names: an unknown action or service is usually a typo (the finding suggests the closest name), an unknown condition key makes its condition never (or, negated, always) hold, and an element the policy kind forbids is ignored or rejected. ";

    public const string SecurityWarningRemediation =
        "Address each security warning the message names: name the roles iam:PassRole may pass, drop ForAllValues from single-valued keys, replace Allow with NotPrincipal by Principal, and pin web identity trust to an audience and subject. ";

    public const string Url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html";

    public const string Cli = """
        aws accessanalyzer validate-policy --policy-type IDENTITY_POLICY --policy-document file://policy.json
        vigil iam lint policy.json
        """;
}
