namespace Vigil.Iam.Tests.Properties;

/// <summary>
/// Every condition operator family with keys of its type, the values a request may carry and the operands a policy may
/// compare them with (chosen so that some match and some do not).
/// </summary>
internal static class ConditionVocabulary
{
    /// <summary>Keys that only appear inside policy variables.</summary>
    public static readonly ConditionKeyChoice[] VariableKeys = [new("aws:PrincipalTag/project", [["lice"], ["x"]], [])];

    public static readonly ConditionFamily[] Families =
    [
        new(
            ["StringEquals", "StringNotEquals", "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase", "StringLike", "StringNotLike"],
            [
                new("aws:PrincipalTag/team", [["red"], ["blue"], ["Red"]], ["red", "Red", "RED", "blue", "r*", "*e*", "b?ue"]),
                new("aws:TagKeys", [["env"], ["env", "team"], ["owner"], []], ["env", "team", "own*", "*"]),
                new("aws:username", [["red"], ["alice"]], ["alice", "${aws:PrincipalTag/team}", "${aws:PrincipalTag/team, 'red'}", "a${aws:PrincipalTag/project}*"]),
            ]),
        new(
            ["NumericEquals", "NumericNotEquals", "NumericLessThan", "NumericLessThanEquals", "NumericGreaterThan", "NumericGreaterThanEquals"],
            [new("s3:max-keys", [["5"], ["50"], ["50.0"], ["500"]], ["10", "50", "100", "49.5", "-1"])]),
        new(
            ["DateEquals", "DateNotEquals", "DateLessThan", "DateLessThanEquals", "DateGreaterThan", "DateGreaterThanEquals"],
            [new("aws:CurrentTime", [["2024-06-01T00:00:00Z"], ["2025-01-01T00:00:00Z"], ["2026-03-01T12:30:00Z"]],
                ["2025-01-01T00:00:00Z", "2025-01-01", "2025-01-01T01:00:00+01:00", "1735689600", "2026-01-01T00:00:00Z"])]),
        new(["Bool"], [new("aws:SecureTransport", [["true"], ["false"]], ["true", "false"])]),
        new(
            ["IpAddress", "NotIpAddress"],
            [new("aws:SourceIp", [["10.1.2.3"], ["203.0.113.9"], ["198.51.100.7"], ["2001:db8::1"]],
                ["10.0.0.0/8", "203.0.113.0/24", "198.51.100.7", "2001:db8::/32", "0.0.0.0/0", "10.128.0.0/9"])]),
        new(
            ["ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike"],
            [new("aws:PrincipalArn", [["arn:aws:iam::111122223333:role/app"], ["arn:aws:iam::111122223333:user/alice"], ["arn:aws:iam::444455556666:role/partner"]],
                ["arn:aws:iam::111122223333:*", "arn:aws:iam::*:role/app", "arn:aws:iam::111122223333:role/app", "arn:aws:iam::*:*/alice", "arn:aws:iam::444455556666:role/p?rtner"])]),
        new(["Null"], [new("aws:PrincipalTag/team", [], ["true", "false"]), new("aws:SourceIp", [], ["true", "false"])]),
    ];
}
