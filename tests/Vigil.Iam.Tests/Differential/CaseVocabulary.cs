using Vigil.Iam.Catalog;

namespace Vigil.Iam.Tests.Differential;

/// <summary>The accounts, principals and values generated cases draw from: few enough that policies and requests often meet.</summary>
internal static class CaseVocabulary
{
    public const string Home = "111122223333";
    public const string Other = "444455556666";
    public const string Stranger = "777788889999";

    public static readonly string[] Regions = ["us-east-1", "eu-west-1"];

    public static readonly string[] Names = ["alice", "app", "prod-1", "data"];

    public static readonly string[] ServicePrincipals = ["lambda.amazonaws.com", "s3.amazonaws.com", "events.amazonaws.com"];

    public static readonly string[] Strings =
        ["alice", "bob", "carol", "app", "red", "Red", "prod", "dev", "o-aaaa1111", "o-bbbb2222", "us-east-1", "eu-west-1", Home, Other,
         "o-aaaa1111/r-ab12/ou-ab12-11111111/", "AIDAEXAMPLE:alice", "vpce-1a2b3c", "Mozilla/5.0"];

    public static readonly string[] Numbers = ["0", "1", "5", "10", "3600", "-3", "2.5"];

    public static readonly string[] IsoDates = ["2025-06-01T00:00:00Z", "2026-01-01T00:00:00Z", "2026-07-15T12:30:00Z", "2027-01-01T00:00:00Z"];

    public static readonly string[] EpochDates = ["1767225600", "1798761600"];

    public static readonly string[] Booleans = ["true", "false"];

    public static readonly string[] Addresses = ["10.1.2.3", "10.200.0.1", "192.0.2.10", "203.0.113.5", "2001:db8::1", "2001:db8:abcd::5", "fe80::1"];

    public static readonly string[] Cidrs =
        ["10.0.0.0/8", "10.1.2.0/24", "192.0.2.0/24", "203.0.113.5/32", "203.0.113.5", "2001:db8::/32", "2001:db8::/64", "fe80::/10", "0.0.0.0/0"];

    public static readonly string[] Arns =
        [$"arn:aws:iam::{Home}:user/alice", $"arn:aws:iam::{Home}:role/app", $"arn:aws:sts::{Home}:assumed-role/app/s1", "arn:aws:s3:::bucket-1",
         $"arn:aws:lambda:us-east-1:{Home}:function:fn", $"arn:aws:iam::{Other}:role/ops"];

    public static readonly string[] ArnPatterns =
        [$"arn:aws:iam::{Home}:*", "arn:aws:iam::*:role/app", "arn:aws:s3:::bucket-*", $"arn:aws:*:*:{Home}:*", "arn:aws:sts::*:assumed-role/app/*", "arn:aws:*:*:*:*"];

    public static readonly string[] Binaries = ["QUJD", "ZGVm", "QUJDRA=="];

    public static string[] ValuesOf(ConditionKeyType elementType) => elementType switch
    {
        ConditionKeyType.Numeric => Numbers,
        ConditionKeyType.Date => IsoDates,
        ConditionKeyType.Bool => Booleans,
        ConditionKeyType.IPAddress => Addresses,
        ConditionKeyType.Arn => Arns,
        ConditionKeyType.Binary => Binaries,
        _ => Strings,
    };
}
