namespace Vigil.Iam.Tests;

/// <summary>Random requests and policies over a small vocabulary that exercises every evaluation step.</summary>
internal sealed class CaseGenerator(int seed)
{
    public static readonly string[] Actions =
        ["s3:GetObject", "s3:PutObject", "s3:ListBucket", "ec2:RunInstances", "iam:CreateUser", "kms:Decrypt", "sts:AssumeRole", "sqs:SendMessage"];

    private static readonly string[] ActionPatterns = [.. Actions, "s3:*", "s3:Get*", "*", "iam:Create?ser", "ec2:*", "S3:GETOBJECT"];

    private static readonly string[] Resources =
        ["arn:aws:s3:::bucket/key", "arn:aws:s3:::other/x", "arn:aws:kms:us-east-1:111122223333:key/k1", "arn:aws:iam::111122223333:role/target", "*"];

    private static readonly string[] ResourcePatterns = [.. Resources, "arn:aws:s3:::bucket/*", "arn:aws:s3:::${aws:username}/*", "arn:aws:*"];

    private static readonly string[] Principals =
    [
        "arn:aws:iam::111122223333:user/alice", "arn:aws:sts::111122223333:assumed-role/app/s1", "arn:aws:iam::111122223333:role/app",
        "arn:aws:sts::111122223333:federated-user/bob", "arn:aws:iam::111122223333:root", "arn:aws:iam::444455556666:user/eve",
        "anonymous", "lambda.amazonaws.com", "arn:aws:sts::111122223333:assumed-role/AWSServiceRoleForSupport/s",
    ];

    private static readonly string[] PrincipalElements =
    [
        "\"*\"", """{"AWS": "111122223333"}""", """{"AWS": "arn:aws:iam::111122223333:user/alice"}""", """{"AWS": "arn:aws:iam::111122223333:role/app"}""",
        """{"AWS": "arn:aws:sts::111122223333:assumed-role/app/s1"}""", """{"Service": "lambda.amazonaws.com"}""", """{"AWS": "arn:aws:iam::444455556666:root"}""",
        """{"AWS": ["arn:aws:iam::111122223333:root", "arn:aws:iam::111122223333:user/alice"]}""",
    ];

    private static readonly string[] Conditions =
    [
        """{"StringEquals": {"aws:username": "alice"}}""", """{"Bool": {"aws:SecureTransport": "true"}}""", """{"IpAddress": {"aws:SourceIp": "10.0.0.0/8"}}""",
        """{"StringNotEquals": {"aws:PrincipalTag/team": "red"}}""", """{"ForAllValues:StringEquals": {"aws:TagKeys": ["a", "b"]}}""",
        """{"Null": {"aws:username": "true"}}""", """{"ForAnyValue:StringLike": {"aws:TagKeys": "a*"}}""", """{"NumericLessThanIfExists": {"s3:max-keys": 10}}""",
    ];

    private static readonly string[] ContextEntries =
    [
        "\"aws:username\": \"alice\"", "\"aws:username\": \"bob\"", "\"aws:SecureTransport\": \"true\"", "\"aws:SecureTransport\": \"false\"",
        "\"aws:SourceIp\": \"10.1.2.3\"", "\"aws:SourceIp\": \"2001:db8::1\"", "\"aws:PrincipalTag/team\": \"red\"", "\"aws:TagKeys\": [\"a\", \"c\"]",
        "\"aws:TagKeys\": []", "\"s3:max-keys\": \"5\"",
    ];

    private readonly Random _random = new(seed);

    public GeneratedCase Next()
    {
        var keys = new Dictionary<string, string>();
        foreach (var entry in ContextEntries)
        {
            if (_random.Next(3) == 0) keys[entry[..entry.IndexOf(':', entry.IndexOf(':') + 1)]] = entry;
        }

        return new GeneratedCase(
            Pick(Principals),
            Pick(Actions),
            Pick(Resources),
            "{" + string.Join(", ", keys.Values) + "}",
            Many(0, 3, () => Statements(withPrincipal: false)),
            Maybe(() => Statements(withPrincipal: true)),
            Maybe(() => Statements(withPrincipal: false)),
            Maybe(() => Statements(withPrincipal: false)),
            Maybe(() => Many(1, 3, () => Many(1, 2, () => Statements(withPrincipal: false)))),
            Maybe(() => Many(1, 3, () => Many(1, 2, () => Statements(withPrincipal: false)))));
    }

    public string Statement(bool withPrincipal, bool? allow = null)
    {
        var parts = new List<string> { $"\"Effect\": \"{(allow ?? _random.Next(3) > 0 ? "Allow" : "Deny")}\"" };
        if (withPrincipal) parts.Add($"\"{(_random.Next(6) == 0 ? "NotPrincipal" : "Principal")}\": {Pick(PrincipalElements)}");
        parts.Add($"\"{(_random.Next(6) == 0 ? "NotAction" : "Action")}\": {Array(ActionPatterns)}");
        parts.Add($"\"{(_random.Next(8) == 0 ? "NotResource" : "Resource")}\": {Array(ResourcePatterns)}");
        if (_random.Next(3) == 0) parts.Add($"\"Condition\": {Pick(Conditions)}");
        return "{" + string.Join(", ", parts) + "}";
    }

    public int Next(int max) => _random.Next(max);

    public List<T> Shuffle<T>(List<T> items)
    {
        var copy = new List<T>(items);
        for (var i = copy.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }

        return copy;
    }

    private List<string> Statements(bool withPrincipal) => Many(1, 3, () => Statement(withPrincipal));

    private string Array(string[] values)
    {
        var count = 1 + _random.Next(2);
        return "[" + string.Join(", ", Enumerable.Range(0, count).Select(_ => $"\"{Pick(values)}\"")) + "]";
    }

    private T Pick<T>(T[] values) => values[_random.Next(values.Length)];

    private T? Maybe<T>(Func<T> make) where T : class => _random.Next(3) == 0 ? make() : null;

    private List<T> Many<T>(int min, int max, Func<T> make) => Enumerable.Range(0, min + _random.Next(max - min + 1)).Select(_ => make()).ToList();
}
