namespace Vigil.Iam.Tests.Properties;

/// <summary>
/// The small, realistic world generated cases are drawn from: two accounts, principals of every kind the engine
/// distinguishes, a closed universe of actions and resources, and condition keys whose context values sometimes match.
/// </summary>
internal static class Vocabulary
{
    public const string HomeAccount = "111122223333";
    public const string OtherAccount = "444455556666";

    public static readonly string[] Principals =
    [
        "arn:aws:iam::111122223333:user/alice",
        "arn:aws:iam::111122223333:role/app",
        "arn:aws:sts::111122223333:assumed-role/app/build-42",
        "arn:aws:sts::111122223333:federated-user/bob",
        "arn:aws:iam::111122223333:root",
        "arn:aws:iam::444455556666:user/eve",
        "arn:aws:iam::444455556666:role/partner",
        "arn:aws:sts::444455556666:assumed-role/partner/sync",
        "arn:aws:iam::444455556666:root",
        "lambda.amazonaws.com",
        "anonymous",
        "arn:aws:sts::111122223333:assumed-role/AWSServiceRoleForSupport/support",
    ];

    /// <summary>The closed action universe: every request names one of these.</summary>
    public static readonly string[] Actions =
        ["s3:GetObject", "s3:PutObject", "s3:ListBucket", "iam:PassRole", "kms:Decrypt", "sqs:SendMessage", "ec2:RunInstances", "sts:AssumeRole"];

    public static readonly string[] ActionPatterns =
        [.. Actions, "s3:Get*", "s3:*", "*", "kms:*", "iam:Pass?ole", "s3:*Object", "sqs:Send*", "ec2:Run*", "sts:Assume*"];

    private static readonly RequestResource[] Objects =
        [new("arn:aws:s3:::shared-bucket/reports/q1.csv", HomeAccount), new("arn:aws:s3:::partner-bucket/inbox/data.csv", OtherAccount)];

    private static readonly RequestResource[] Buckets =
        [new("arn:aws:s3:::shared-bucket", HomeAccount), new("arn:aws:s3:::partner-bucket", OtherAccount)];

    private static readonly RequestResource[] Roles =
        [new("arn:aws:iam::111122223333:role/app", null), new("arn:aws:iam::444455556666:role/partner", null)];

    private static readonly RequestResource[] Keys =
    [
        new("arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", null),
        new("arn:aws:kms:us-east-1:444455556666:key/5678efgh-56ef-78gh-90ij-5678901234ef", OtherAccount),
    ];

    private static readonly RequestResource[] Queues =
        [new("arn:aws:sqs:us-east-1:111122223333:jobs", null), new("arn:aws:sqs:us-east-1:444455556666:partner-jobs", null)];

    private static readonly RequestResource[] Instances =
        [new("arn:aws:ec2:us-east-1:111122223333:instance/i-0123456789abcdef0", null), new("arn:aws:ec2:us-east-1:444455556666:instance/i-0fedcba9876543210", null)];

    /// <summary>The closed resource universe: every request names one of these.</summary>
    public static readonly string[] Resources =
        [.. new[] { Objects, Buckets, Roles, Keys, Queues, Instances }.SelectMany(r => r).Select(r => r.Arn).Distinct()];

    /// <summary>Resource patterns without policy variables; every * in them matches the same strings whether or not it may cross a colon.</summary>
    public static readonly string[] PlainResourcePatterns =
    [
        "*", .. Resources, "arn:aws:s3:::shared-bucket/*", "arn:aws:s3:::*", "arn:aws:s3:::partner-bucket*", "arn:aws:kms:*:111122223333:key/*",
        "arn:aws:iam::*:role/*", "arn:aws:sqs:us-east-1:*:*jobs", "arn:aws:ec2:us-east-1:111122223333:instance/*", "arn:aws:s3:::shared-bucket/reports/q?.csv",
    ];

    public static readonly string[] ResourcePatterns = [.. PlainResourcePatterns, "arn:aws:s3:::${aws:PrincipalTag/project}-bucket/*"];

    public static readonly PrincipalEntry[] PrincipalEntries =
    [
        new("AWS", "111122223333"),
        new("AWS", "arn:aws:iam::111122223333:root"),
        new("AWS", "arn:aws:iam::111122223333:user/alice"),
        new("AWS", "arn:aws:iam::111122223333:role/app"),
        new("AWS", "arn:aws:sts::111122223333:assumed-role/app/build-42"),
        new("AWS", "arn:aws:sts::111122223333:federated-user/bob"),
        new("AWS", "arn:aws:iam::444455556666:root"),
        new("AWS", "444455556666"),
        new("AWS", "arn:aws:iam::444455556666:user/eve"),
        new("AWS", "arn:aws:iam::444455556666:role/partner"),
        new("AWS", "arn:aws:sts::444455556666:assumed-role/partner/sync"),
        new("Service", "lambda.amazonaws.com"),
        new("Service", "ec2.amazonaws.com"),
        new("AWS", "*"),
    ];

    public static readonly ConditionChoice[] Conditions =
    [
        new("StringEquals", "aws:PrincipalTag/team", [["red"], ["blue", "red"]]),
        new("StringLike", "aws:username", [["a*"], ["b?b"], ["*"]]),
        new("StringNotEquals", "aws:PrincipalOrgID", [["o-a1b2c3d4e5"]]),
        new("StringEqualsIgnoreCase", "aws:PrincipalTag/team", [["RED"], ["Blue"]]),
        new("StringEqualsIfExists", "aws:PrincipalTag/team", [["red"]]),
        new("StringNotEqualsIfExists", "aws:PrincipalOrgID", [["o-a1b2c3d4e5"]]),
        new("NumericLessThan", "s3:max-keys", [["10"], ["100"]]),
        new("NumericLessThanIfExists", "s3:max-keys", [["10"]]),
        new("NumericGreaterThanEquals", "s3:max-keys", [["50"]]),
        new("DateGreaterThan", "aws:CurrentTime", [["2025-01-01T00:00:00Z"]]),
        new("DateLessThanIfExists", "aws:CurrentTime", [["2026-01-01T00:00:00Z"]]),
        new("Bool", "aws:SecureTransport", [["true"], ["false"]]),
        new("BoolIfExists", "aws:MultiFactorAuthPresent", [["true"]]),
        new("IpAddress", "aws:SourceIp", [["10.0.0.0/8"], ["10.0.0.0/8", "2001:db8::/32"]]),
        new("NotIpAddress", "aws:SourceIp", [["203.0.113.0/24"]]),
        new("IpAddressIfExists", "aws:SourceIp", [["203.0.113.0/24"]]),
        new("ArnLike", "aws:PrincipalArn", [["arn:aws:iam::111122223333:*"], ["arn:aws:iam::*:role/app"]]),
        new("ArnEquals", "aws:SourceArn", [["arn:aws:lambda:us-east-1:111122223333:function:worker"]]),
        new("ArnNotLikeIfExists", "aws:SourceArn", [["arn:aws:lambda:*:111122223333:function:*"]]),
        new("Null", "aws:MultiFactorAuthPresent", [["true"], ["false"]]),
        new("Null", "aws:PrincipalTag/team", [["false"]]),
        new("ForAnyValue:StringEquals", "aws:TagKeys", [["env"], ["env", "team"]]),
        new("ForAllValues:StringLike", "aws:TagKeys", [["env", "team*"]]),
        new("ForAllValues:StringEquals", "aws:TagKeys", [["env", "owner"]]),
        new("ForAnyValue:StringNotEqualsIfExists", "aws:TagKeys", [["owner"]]),
    ];

    /// <summary>Every condition key the generator may put into a request, with the values it may take.</summary>
    public static readonly (string Key, string[][] Values)[] ContextKeys =
    [
        ("aws:PrincipalTag/team", [["red"], ["blue"], ["Red"]]),
        ("aws:PrincipalTag/project", [["shared"], ["partner"]]),
        ("aws:username", [["alice"], ["bob"]]),
        ("aws:PrincipalOrgID", [["o-a1b2c3d4e5"], ["o-zzzz99999"]]),
        ("s3:max-keys", [["5"], ["50"], ["500"]]),
        ("aws:CurrentTime", [["2024-06-01T00:00:00Z"], ["2025-07-01T12:00:00Z"], ["2026-03-01T00:00:00Z"]]),
        ("aws:SecureTransport", [["true"], ["false"]]),
        ("aws:MultiFactorAuthPresent", [["true"], ["false"]]),
        ("aws:SourceIp", [["10.1.2.3"], ["203.0.113.9"], ["198.51.100.7"], ["2001:db8::1"]]),
        ("aws:PrincipalArn", [["arn:aws:iam::111122223333:role/app"], ["arn:aws:iam::111122223333:user/alice"], ["arn:aws:iam::444455556666:role/partner"]]),
        ("aws:SourceArn", [["arn:aws:lambda:us-east-1:111122223333:function:worker"], ["arn:aws:lambda:us-east-1:444455556666:function:other"]]),
        ("aws:TagKeys", [["env"], ["env", "team"], ["owner"], []]),
    ];

    public static RequestResource[] ResourcesFor(string action) => action switch
    {
        "s3:GetObject" or "s3:PutObject" => Objects,
        "s3:ListBucket" => Buckets,
        "iam:PassRole" or "sts:AssumeRole" => Roles,
        "kms:Decrypt" => Keys,
        "sqs:SendMessage" => Queues,
        _ => Instances,
    };

    /// <summary>The account of a principal ARN, or null for anonymous and service principals.</summary>
    public static string? AccountOf(string principal)
    {
        var parts = principal.Split(':');
        return parts.Length >= 6 && parts[0] == "arn" && parts[4].Length > 0 ? parts[4] : null;
    }

    /// <summary>The Principal element values that name this caller: itself, its account, its role (for a session) or "*".</summary>
    public static PrincipalEntry[] EntriesNaming(string principal)
    {
        var account = AccountOf(principal);
        var names = new HashSet<string>(StringComparer.Ordinal) { principal, "*" };
        if (account is not null)
        {
            names.Add(account);
            names.Add($"arn:aws:iam::{account}:root");
            const string session = ":assumed-role/";
            var at = principal.IndexOf(session, StringComparison.Ordinal);
            if (at >= 0) names.Add($"arn:aws:iam::{account}:role/{principal[(at + session.Length)..].Split('/')[0]}");
        }

        return [.. PrincipalEntries.Where(e => names.Contains(e.Value))];
    }

    public static bool IsServiceLinkedRole(string principal) => principal.Contains("AWSServiceRoleFor", StringComparison.Ordinal);

    /// <summary>Principals that have identity policies, permissions boundaries and SCPs: IAM users, roles and their sessions.</summary>
    public static bool IsIamIdentity(string principal) =>
        AccountOf(principal) is not null && !principal.EndsWith(":root", StringComparison.Ordinal);

    public static bool IsSession(string principal) => principal.Contains(":assumed-role/", StringComparison.Ordinal) || principal.Contains(":federated-user/", StringComparison.Ordinal);
}
