namespace Vigil.Iam.Lint;

/// <summary>Every finding type the linter reports (documented in docs/iam-lint.md, which a test keeps in step).</summary>
public static class LintRules
{
    public static readonly LintRule MalformedJson = new("MALFORMED_JSON", LintSeverity.Error,
        "The document is not valid JSON.", "Parliament MALFORMED_JSON; Access Analyzer \"JSON syntax error\"");

    public static readonly LintRule Malformed = new("MALFORMED", LintSeverity.Error,
        "The document is JSON but not a policy AWS accepts (missing or misplaced element, wrong value type).",
        "Parliament MALFORMED; Access Analyzer \"Policy syntax\" errors");

    public static readonly LintRule InvalidVersion = new("INVALID_VERSION", LintSeverity.Error,
        "Version is neither 2012-10-17 nor 2008-10-17.", "Parliament INVALID_VERSION; Access Analyzer \"Invalid version\"");

    public static readonly LintRule NoVersion = new("NO_VERSION", LintSeverity.Warning,
        "No Version element: AWS reads the policy as 2008-10-17, where ${...} is literal text.",
        "Parliament NO_VERSION; Access Analyzer \"Missing version\"");

    public static readonly LintRule OldVersion = new("OLD_VERSION", LintSeverity.Warning,
        "Version 2008-10-17: policy variables are literal text.", "Parliament OLD_VERSION; Access Analyzer \"Dated policy version\"");

    public static readonly LintRule NoStatements = new("NO_STATEMENTS", LintSeverity.Warning,
        "The Statement list is empty: the policy allows and denies nothing.", "Access Analyzer \"Empty array\"");

    public static readonly LintRule UnknownOperator = new("UNKNOWN_OPERATOR", LintSeverity.Error,
        "A condition operator AWS does not know.", "Parliament UNKNOWN_OPERATOR; Access Analyzer \"Invalid condition operator\"");

    public static readonly LintRule DuplicateSid = new("DUPLICATE_SID", LintSeverity.Error,
        "Two statements share a Sid.", "Parliament DUPLICATE_SID; Access Analyzer \"Unique Sids required\"");

    public static readonly LintRule InvalidSid = new("INVALID_SID", LintSeverity.Error,
        "A Sid with characters other than letters and digits, in a policy kind that allows only those.",
        "Parliament INVALID_SID; Access Analyzer \"Invalid Sid value\"");

    public static readonly LintRule DuplicateStatement = new("DUPLICATE_STATEMENT", LintSeverity.Suggestion,
        "A statement identical to an earlier one (Sid aside).", "Access Analyzer \"Redundant statement\"");

    public static readonly LintRule MissingResource = new("MISSING_RESOURCE", LintSeverity.Error,
        "An identity policy, boundary or SCP statement without Resource or NotResource.", "Access Analyzer \"Missing resource\"");

    public static readonly LintRule MissingPrincipal = new("MISSING_PRINCIPAL", LintSeverity.Error,
        "A resource or trust policy statement without Principal or NotPrincipal.", "Access Analyzer \"Missing principal\"");

    public static readonly LintRule UnsupportedPrincipal = new("UNSUPPORTED_PRINCIPAL_ELEMENT", LintSeverity.Error,
        "Principal or NotPrincipal in an identity policy, boundary or SCP.", "Access Analyzer \"Unsupported element\" (Principal)");

    public static readonly LintRule UnsupportedResource = new("UNSUPPORTED_RESOURCE_ELEMENT", LintSeverity.Error,
        "Resource or NotResource in a role trust policy.", "Access Analyzer \"Unsupported element\" (Resource)");

    public static readonly LintRule UnsupportedTrustAction = new("UNSUPPORTED_ACTION_IN_TRUST_POLICY", LintSeverity.Error,
        "A trust policy action outside sts (trust policies govern only role assumption and session tagging).",
        "Access Analyzer \"Unsupported action in policy\"");

    public static readonly LintRule UnknownPrefix = new("UNKNOWN_PREFIX", LintSeverity.Error,
        "An action's service prefix is no AWS service.", "Parliament UNKNOWN_PREFIX; Access Analyzer \"Invalid service\"");

    public static readonly LintRule UnknownAction = new("UNKNOWN_ACTION", LintSeverity.Error,
        "An action the service does not have, or a wildcard pattern that matches no action.",
        "Parliament UNKNOWN_ACTION; Access Analyzer \"Invalid action\"");

    public static readonly LintRule RedundantAction = new("REDUNDANT_ACTION", LintSeverity.Suggestion,
        "An action already covered by another entry of the same statement.", "Access Analyzer \"Redundant action\"");

    public static readonly LintRule InvalidArn = new("INVALID_ARN", LintSeverity.Error,
        "A Resource that is neither \"*\" nor an ARN (arn:partition:service:region:account:resource).",
        "Parliament INVALID_ARN; Access Analyzer \"Invalid ARN\"");

    public static readonly LintRule ResourceMismatch = new("RESOURCE_MISMATCH", LintSeverity.Warning,
        "An action none of whose resource types fits any Resource of the statement, so it is never allowed or denied there.",
        "Parliament RESOURCE_MISMATCH; Access Analyzer \"Unsupported resource ARN in policy\"");

    public static readonly LintRule ResourceStar = new("RESOURCE_STAR", LintSeverity.Suggestion,
        "Resource \"*\" for actions that support resource-level permissions.", "Parliament RESOURCE_STAR");

    public static readonly LintRule PassRoleStar = new("PASSROLE_STAR", LintSeverity.SecurityWarning,
        "iam:PassRole allowed on Resource \"*\" or with NotResource: any role, including administrators, can be passed.",
        "Access Analyzer \"PassRole with wildcard in resource\" / \"PassRole with NotResource\" (and their NotAction and wildcard-action variants)");

    public static readonly LintRule NotPrincipalWithAllow = new("NOTPRINCIPAL_WITH_ALLOW", LintSeverity.SecurityWarning,
        "Allow with NotPrincipal grants every principal not listed, anonymous callers included.",
        "Parliament NOTPRINCIPAL_WITH_ALLOW; Access Analyzer \"Allow with NotPrincipal\"");

    public static readonly LintRule DenyWithNotPrincipal = new("DENY_WITH_NOTPRINCIPAL", LintSeverity.Warning,
        "Deny with NotPrincipal: a role's sessions are excluded only when the account, role and session ARNs are all listed, and callers with a permissions boundary are always denied.",
        "Access Analyzer \"Deny with NotPrincipal\" guidance (IAM User Guide, NotPrincipal)");

    public static readonly LintRule NotResourceWithAllow = new("NOTRESOURCE_WITH_ALLOW", LintSeverity.Warning,
        "Allow with NotResource grants every resource not listed, including those created later.",
        "Parliament NOTRESOURCE_WITH_ALLOW");

    public static readonly LintRule NotActionWithAllow = new("NOTACTION_WITH_ALLOW", LintSeverity.Warning,
        "Allow with NotAction grants every action not listed, including actions AWS adds later.",
        "Cloudsplaining (Allow with NotAction, printed for review); Access Analyzer \"Allow with NotAction\" guidance");

    public static readonly LintRule UnknownPrincipal = new("UNKNOWN_PRINCIPAL", LintSeverity.Error,
        "A principal value that is no account id, IAM or STS ARN, service principal or canonical user id.",
        "Parliament UNKNOWN_PRINCIPAL; Access Analyzer \"Invalid principal\"");

    public static readonly LintRule UnknownFederationSource = new("UNKNOWN_FEDERATION_SOURCE", LintSeverity.Warning,
        "A Federated principal that is no SAML or OIDC provider ARN and no web identity provider AWS knows.",
        "Parliament UNKNOWN_FEDERATION_SOURCE");

    public static readonly LintRule PublicAccess = new("PUBLIC_ACCESS", LintSeverity.SecurityWarning,
        "A resource or trust policy allows Principal \"*\" without any condition: anyone, anonymous callers included.",
        "Access Analyzer external access (public) finding; Parliament RESOURCE_POLICY checks");

    public static readonly LintRule ServicePrincipalWithoutSource = new("MISSING_SOURCE_CONDITION_FOR_SERVICE_PRINCIPAL", LintSeverity.SecurityWarning,
        "A resource policy allows a service principal without aws:SourceArn, aws:SourceAccount, aws:SourceOrgID or aws:SourceOrgPaths (confused deputy).",
        "Access Analyzer \"Restrict access to service principal\"");

    public static readonly LintRule MissingOidcCondition = new("MISSING_OIDC_CONDITION", LintSeverity.SecurityWarning,
        "sts:AssumeRoleWithWebIdentity allowed for an OIDC provider without a condition on its audience or subject: any token the provider issues, to anyone, can assume the role.",
        "Access Analyzer \"Missing condition key for OIDC principal\"");

    public static readonly LintRule MissingGitHubRepoCondition = new("MISSING_GITHUB_REPO_CONDITION", LintSeverity.SecurityWarning,
        "GitHub Actions (token.actions.githubusercontent.com) may assume the role without a :sub condition naming a repository: every GitHub repository's workflows can.",
        "Access Analyzer \"Missing GitHub repository condition key\"");

    public static readonly LintRule MissingSamlAudience = new("MISSING_SAML_AUDIENCE", LintSeverity.Warning,
        "sts:AssumeRoleWithSAML allowed without a SAML:aud condition naming the AWS sign-in endpoint.",
        "IAM User Guide, SAML 2.0 federation trust policy (SAML:aud)");

    public static readonly LintRule UnknownConditionKey = new("UNKNOWN_CONDITION_KEY", LintSeverity.Error,
        "A condition key that is neither a global key nor documented by its service.",
        "Parliament UNKNOWN_CONDITION_FOR_ACTION (unknown key); Access Analyzer \"Invalid condition key\" / \"Invalid global condition key\"");

    public static readonly LintRule UnknownConditionForAction = new("UNKNOWN_CONDITION_FOR_ACTION", LintSeverity.Warning,
        "A service condition key that none of the statement's actions supports, so it is never present in their requests.",
        "Parliament UNKNOWN_CONDITION_FOR_ACTION; Access Analyzer \"Condition key not supported by action\"");

    public static readonly LintRule MismatchedType = new("MISMATCHED_TYPE", LintSeverity.Warning,
        "A condition operator of another type than its key (StringEquals on a Date, Bool or IP key, NumericLessThan on a string).",
        "Parliament MISMATCHED_TYPE; Access Analyzer \"Mismatched condition operator type\"");

    public static readonly LintRule MismatchedTypeButUsable = new("MISMATCHED_TYPE_BUT_USABLE", LintSeverity.Suggestion,
        "A String operator on an ARN key: it works, but Arn operators say what is meant.", "Parliament MISMATCHED_TYPE_BUT_USABLE");

    public static readonly LintRule ForAllValuesSingleValued = new("FORALLVALUES_WITH_SINGLE_VALUED_KEY", LintSeverity.SecurityWarning,
        "ForAllValues on a single-valued key: true when the key is absent, so the condition may not restrict anything.",
        "Access Analyzer \"ForAllValues with single valued key\"; Parliament SINGLE_VALUE_CONDITION_TOO_PERMISSIVE");

    public static readonly LintRule ForAnyValueSingleValued = new("FORANYVALUE_WITH_SINGLE_VALUED_KEY", LintSeverity.Warning,
        "ForAnyValue on a single-valued key: the qualifier is meaningless and hides the intent.",
        "Access Analyzer \"Set operator on single-valued key\"");

    public static readonly LintRule MultiValuedKeyWithoutSet = new("MULTI_VALUED_KEY_WITHOUT_SET_OPERATOR", LintSeverity.Warning,
        "A multi-valued key (aws:TagKeys, aws:PrincipalOrgPaths, ...) without ForAllValues or ForAnyValue.",
        "Access Analyzer \"Missing set operator for multi-valued key\"");

    public static readonly LintRule BadPatternForMfa = new("BAD_PATTERN_FOR_MFA", LintSeverity.Warning,
        "Bool aws:MultiFactorAuthPresent \"false\": the key is absent for long-term credentials, so the test never matches them; use BoolIfExists.",
        "Parliament BAD_PATTERN_FOR_MFA");

    public static readonly LintRule ServiceWildcard = new("SERVICE_WILDCARD", LintSeverity.Suggestion,
        "Allow of service:* grants every action of the service, including those added later.", "Cloudsplaining ServiceWildcard");

    public static readonly LintRule PrivilegeEscalation = new("PRIVILEGE_ESCALATION", LintSeverity.Suggestion,
        "The policy alone allows every action of a known privilege-escalation method on every resource.",
        "Cloudsplaining PrivilegeEscalation; Parliament community PRIVILEGE_ESCALATION");

    public static readonly LintRule CredentialsExposure = new("CREDENTIALS_EXPOSURE", LintSeverity.Suggestion,
        "The policy allows actions that return credentials on every resource.", "Cloudsplaining CredentialsExposure; Parliament community CREDENTIALS_EXPOSURE");

    public static readonly LintRule DataExfiltration = new("DATA_EXFILTRATION", LintSeverity.Suggestion,
        "The policy allows reading objects, parameters or secrets, or copying database snapshots, on every resource.",
        "Cloudsplaining DataExfiltration; Parliament community SENSITIVE_ACCESS");

    public static readonly LintRule ResourceExposure = new("RESOURCE_EXPOSURE", LintSeverity.Suggestion,
        "The policy allows permissions-management actions (policies, ACLs, sharing) on every resource.",
        "Cloudsplaining ResourceExposure; Parliament community PERMISSIONS_MANAGEMENT_ACTIONS");

    /// <summary>Every rule, in the order of docs/iam-lint.md.</summary>
    public static IReadOnlyList<LintRule> All { get; } =
    [
        MalformedJson, Malformed, InvalidVersion, NoVersion, OldVersion, NoStatements, UnknownOperator, DuplicateSid, InvalidSid,
        DuplicateStatement, MissingResource, MissingPrincipal, UnsupportedPrincipal, UnsupportedResource, UnsupportedTrustAction,
        UnknownPrefix, UnknownAction, RedundantAction, InvalidArn, ResourceMismatch, ResourceStar, PassRoleStar,
        NotPrincipalWithAllow, DenyWithNotPrincipal, NotResourceWithAllow, NotActionWithAllow, UnknownPrincipal,
        UnknownFederationSource, PublicAccess, ServicePrincipalWithoutSource, MissingOidcCondition, MissingGitHubRepoCondition,
        MissingSamlAudience, UnknownConditionKey, UnknownConditionForAction, MismatchedType, MismatchedTypeButUsable,
        ForAllValuesSingleValued, ForAnyValueSingleValued, MultiValuedKeyWithoutSet, BadPatternForMfa, ServiceWildcard,
        PrivilegeEscalation, CredentialsExposure, DataExfiltration, ResourceExposure,
    ];
}
