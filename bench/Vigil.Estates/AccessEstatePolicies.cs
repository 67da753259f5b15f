namespace Vigil.Estates;

/// <summary>Policy documents of the access-analysis estate, written the way real accounts write them.</summary>
internal static class AccessEstatePolicies
{
    public const string Partner = "444455556666";

    public static string Identity(params string[] statements) => $$$"""{"Version":"2012-10-17","Statement":[{{{string.Join(",", statements)}}}]}""";

    public static string Allow(string actions, string resources, string? condition = null) =>
        $$$"""{"Effect":"Allow","Action":{{{actions}}},"Resource":{{{resources}}}{{{Condition(condition)}}}}""";

    public static string Deny(string actions, string resources, string? condition = null) =>
        $$$"""{"Effect":"Deny","Action":{{{actions}}},"Resource":{{{resources}}}{{{Condition(condition)}}}}""";

    public static string Resource(string principal, string actions, string resources, string? condition = null) =>
        $$$"""{"Effect":"Allow","Principal":{{{principal}}},"Action":{{{actions}}},"Resource":{{{resources}}}{{{Condition(condition)}}}}""";

    private static string Condition(string? condition) => condition is null ? "" : $",\"Condition\":{condition}";

    public static string Quoted(params string[] values) => values.Length == 1 ? $"\"{values[0]}\"" : $"[{string.Join(",", values.Select(v => $"\"{v}\""))}]";

    public static string ServiceTrust(string service) =>
        Identity(Resource($$$"""{"Service":"{{{service}}}"}""", "\"sts:AssumeRole\"", "\"*\"").Replace(",\"Resource\":\"*\"", "", StringComparison.Ordinal));

    public static string AccountTrust(string account, string? externalId) =>
        Identity(Resource($$$"""{"AWS":"arn:aws:iam::{{{account}}}:root"}""", "\"sts:AssumeRole\"", "\"*\"",
            externalId is null ? null : $$$"""{"StringEquals":{"sts:ExternalId":"{{{externalId}}}"}}""").Replace(",\"Resource\":\"*\"", "", StringComparison.Ordinal));

    public static string GitHubTrust(string account, string repository) =>
        Identity(Resource($$$"""{"Federated":"arn:aws:iam::{{{account}}}:oidc-provider/token.actions.githubusercontent.com"}""", "\"sts:AssumeRoleWithWebIdentity\"", "\"*\"",
            $$$"""{"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com"},"StringLike":{"token.actions.githubusercontent.com:sub":"repo:example/{{{repository}}}:ref:refs/heads/main"}}""")
            .Replace(",\"Resource\":\"*\"", "", StringComparison.Ordinal));

    public static string SamlTrust(string account) =>
        Identity(Resource($$$"""{"Federated":"arn:aws:iam::{{{account}}}:saml-provider/corp-idp"}""", Quoted("sts:AssumeRoleWithSAML", "sts:TagSession"), "\"*\"",
            """{"StringEquals":{"SAML:aud":"https://signin.aws.amazon.com/saml"}}""").Replace(",\"Resource\":\"*\"", "", StringComparison.Ordinal));

    public static readonly string[] ReadOnlyActions =
    [
        "acm:Describe*", "acm:List*", "autoscaling:Describe*", "cloudformation:Describe*", "cloudformation:List*", "cloudfront:Get*",
        "cloudfront:List*", "cloudtrail:Describe*", "cloudtrail:Get*", "cloudtrail:LookupEvents", "cloudwatch:Describe*", "cloudwatch:Get*",
        "cloudwatch:List*", "dynamodb:Describe*", "dynamodb:List*", "ec2:Describe*", "ecr:Describe*", "ecr:List*", "ecs:Describe*",
        "ecs:List*", "elasticloadbalancing:Describe*", "iam:Get*", "iam:List*", "kms:Describe*", "kms:List*", "lambda:Get*", "lambda:List*",
        "logs:Describe*", "logs:Get*", "rds:Describe*", "rds:List*", "s3:GetBucket*", "s3:List*", "secretsmanager:Describe*",
        "secretsmanager:List*", "sns:Get*", "sns:List*", "sqs:Get*", "sqs:List*", "ssm:Describe*", "ssm:List*", "tag:Get*",
    ];
}
