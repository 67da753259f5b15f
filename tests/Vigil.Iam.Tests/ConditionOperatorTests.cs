namespace Vigil.Iam.Tests;

public sealed class ConditionOperatorTests
{
    [Theory]
    [InlineData("""{"StringEquals": {"aws:username": "alice"}}""", """{"aws:username": "alice"}""", true)]
    [InlineData("""{"StringEquals": {"aws:username": "alice"}}""", """{"aws:username": "Alice"}""", false)]
    [InlineData("""{"StringEquals": {"aws:username": ["bob", "alice"]}}""", """{"aws:username": "alice"}""", true)]
    [InlineData("""{"StringEquals": {"AWS:UserName": "alice"}}""", """{"aws:username": "alice"}""", true)]
    [InlineData("""{"StringEquals": {"aws:username": "al*"}}""", """{"aws:username": "alice"}""", false)]
    [InlineData("""{"StringNotEquals": {"aws:username": "alice"}}""", """{"aws:username": "bob"}""", true)]
    [InlineData("""{"StringNotEquals": {"aws:username": ["bob", "alice"]}}""", """{"aws:username": "alice"}""", false)]
    [InlineData("""{"StringEqualsIgnoreCase": {"aws:username": "ALICE"}}""", """{"aws:username": "alice"}""", true)]
    [InlineData("""{"StringNotEqualsIgnoreCase": {"aws:username": "ALICE"}}""", """{"aws:username": "alice"}""", false)]
    [InlineData("""{"StringLike": {"s3:prefix": "home/*"}}""", """{"s3:prefix": "home/alice/x"}""", true)]
    [InlineData("""{"StringLike": {"s3:prefix": "home/?"}}""", """{"s3:prefix": "home/ab"}""", false)]
    [InlineData("""{"StringLike": {"s3:prefix": "Home/*"}}""", """{"s3:prefix": "home/a"}""", false)]
    [InlineData("""{"StringNotLike": {"s3:prefix": "home/*"}}""", """{"s3:prefix": "tmp/a"}""", true)]
    public void String_Operators(string condition, string context, bool expected) =>
        Assert.Equal(expected, Requests.ConditionHolds(condition, context));

    [Theory]
    [InlineData("""{"NumericEquals": {"s3:max-keys": "10"}}""", """{"s3:max-keys": "10"}""", true)]
    [InlineData("""{"NumericEquals": {"s3:max-keys": 10}}""", """{"s3:max-keys": "10.0"}""", true)]
    [InlineData("""{"NumericNotEquals": {"s3:max-keys": "10"}}""", """{"s3:max-keys": "11"}""", true)]
    [InlineData("""{"NumericLessThan": {"s3:max-keys": "10"}}""", """{"s3:max-keys": "9"}""", true)]
    [InlineData("""{"NumericLessThan": {"s3:max-keys": "10"}}""", """{"s3:max-keys": "10"}""", false)]
    [InlineData("""{"NumericLessThanEquals": {"s3:max-keys": "10"}}""", """{"s3:max-keys": "10"}""", true)]
    [InlineData("""{"NumericGreaterThan": {"s3:max-keys": "10"}}""", """{"s3:max-keys": "11"}""", true)]
    [InlineData("""{"NumericGreaterThanEquals": {"s3:max-keys": "10"}}""", """{"s3:max-keys": "9"}""", false)]
    [InlineData("""{"NumericEquals": {"s3:max-keys": "10"}}""", """{"s3:max-keys": "ten"}""", false)]
    public void Numeric_Operators(string condition, string context, bool expected) =>
        Assert.Equal(expected, Requests.ConditionHolds(condition, context));

    [Theory]
    [InlineData("""{"DateLessThan": {"aws:CurrentTime": "2026-01-01T00:00:00Z"}}""", """{"aws:CurrentTime": "2025-12-31T23:59:59Z"}""", true)]
    [InlineData("""{"DateLessThan": {"aws:CurrentTime": "2026-01-01T00:00:00Z"}}""", """{"aws:CurrentTime": "2026-01-01T00:00:00Z"}""", false)]
    [InlineData("""{"DateLessThanEquals": {"aws:CurrentTime": "2026-01-01"}}""", """{"aws:CurrentTime": "2026-01-01T00:00:00Z"}""", true)]
    [InlineData("""{"DateGreaterThan": {"aws:EpochTime": "1700000000"}}""", """{"aws:EpochTime": "1700000001"}""", true)]
    [InlineData("""{"DateGreaterThanEquals": {"aws:CurrentTime": "2026-01-01T00:00:00Z"}}""", """{"aws:CurrentTime": "2026-01-01T01:00:00+01:00"}""", true)]
    [InlineData("""{"DateEquals": {"aws:CurrentTime": "2026-01-01T00:00:00Z"}}""", """{"aws:CurrentTime": "1767225600"}""", true)]
    [InlineData("""{"DateNotEquals": {"aws:CurrentTime": "2026-01-01T00:00:00Z"}}""", """{"aws:CurrentTime": "2026-01-02T00:00:00Z"}""", true)]
    public void Date_Operators(string condition, string context, bool expected) =>
        Assert.Equal(expected, Requests.ConditionHolds(condition, context));

    [Theory]
    [InlineData("""{"Bool": {"aws:SecureTransport": "true"}}""", """{"aws:SecureTransport": "true"}""", true)]
    [InlineData("""{"Bool": {"aws:SecureTransport": true}}""", """{"aws:SecureTransport": "TRUE"}""", true)]
    [InlineData("""{"Bool": {"aws:SecureTransport": "false"}}""", """{"aws:SecureTransport": "true"}""", false)]
    [InlineData("""{"BinaryEquals": {"k:blob": "QmluYXJ5"}}""", """{"k:blob": "QmluYXJ5"}""", true)]
    [InlineData("""{"BinaryEquals": {"k:blob": "QmluYXJ5"}}""", """{"k:blob": "qmluYXJ5"}""", false)]
    public void Bool_And_Binary_Operators(string condition, string context, bool expected) =>
        Assert.Equal(expected, Requests.ConditionHolds(condition, context));

    [Theory]
    [InlineData("""{"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}""", """{"aws:SourceIp": "203.0.113.5"}""", true)]
    [InlineData("""{"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}""", """{"aws:SourceIp": "203.0.114.5"}""", false)]
    [InlineData("""{"IpAddress": {"aws:SourceIp": "203.0.113.5"}}""", """{"aws:SourceIp": "203.0.113.5"}""", true)]
    [InlineData("""{"IpAddress": {"aws:SourceIp": "10.0.0.0/9"}}""", """{"aws:SourceIp": "10.127.255.255"}""", true)]
    [InlineData("""{"IpAddress": {"aws:SourceIp": "10.0.0.0/9"}}""", """{"aws:SourceIp": "10.128.0.0"}""", false)]
    [InlineData("""{"IpAddress": {"aws:SourceIp": "2001:db8::/32"}}""", """{"aws:SourceIp": "2001:db8:1::5"}""", true)]
    [InlineData("""{"IpAddress": {"aws:SourceIp": "2001:db8::/32"}}""", """{"aws:SourceIp": "2001:db9::5"}""", false)]
    [InlineData("""{"IpAddress": {"aws:SourceIp": "0.0.0.0/0"}}""", """{"aws:SourceIp": "2001:db8::1"}""", false)]
    [InlineData("""{"NotIpAddress": {"aws:SourceIp": ["203.0.113.0/24"]}}""", """{"aws:SourceIp": "2001:db8::1"}""", true)]
    [InlineData("""{"NotIpAddress": {"aws:SourceIp": ["203.0.113.0/24"]}}""", """{"aws:SourceIp": "203.0.113.9"}""", false)]
    public void IpAddress_Operators(string condition, string context, bool expected) =>
        Assert.Equal(expected, Requests.ConditionHolds(condition, context));

    [Theory]
    [InlineData("""{"ArnEquals": {"aws:SourceArn": "arn:aws:sns:us-east-1:111122223333:topic"}}""", """{"aws:SourceArn": "arn:aws:sns:us-east-1:111122223333:topic"}""", true)]
    [InlineData("""{"ArnLike": {"aws:SourceArn": "arn:aws:sns:*:111122223333:*"}}""", """{"aws:SourceArn": "arn:aws:sns:eu-west-1:111122223333:topic"}""", true)]
    [InlineData("""{"ArnLike": {"aws:SourceArn": "arn:aws:sns:*:111122223333:*"}}""", """{"aws:SourceArn": "arn:aws:sns:eu-west-1:444455556666:topic"}""", false)]
    [InlineData("""{"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::*:role/admin-*"}}""", """{"aws:PrincipalArn": "arn:aws:iam::111122223333:role/admin-x"}""", true)]
    [InlineData("""{"ArnLike": {"aws:SourceArn": "arn:aws:s3:::*"}}""", """{"aws:SourceArn": "not-an-arn"}""", false)]
    [InlineData("""{"ArnNotEquals": {"aws:SourceArn": "arn:aws:sns:us-east-1:111122223333:topic"}}""", """{"aws:SourceArn": "arn:aws:sns:us-east-1:111122223333:other"}""", true)]
    [InlineData("""{"ArnNotLike": {"aws:SourceArn": "arn:aws:sns:*:*:*"}}""", """{"aws:SourceArn": "arn:aws:sns:us-east-1:111122223333:topic"}""", false)]
    public void Arn_Operators(string condition, string context, bool expected) =>
        Assert.Equal(expected, Requests.ConditionHolds(condition, context));

    [Theory]
    [InlineData("""{"Null": {"aws:TokenIssueTime": "true"}}""", "{}", true)]
    [InlineData("""{"Null": {"aws:TokenIssueTime": "true"}}""", """{"aws:TokenIssueTime": "2026-01-01T00:00:00Z"}""", false)]
    [InlineData("""{"Null": {"aws:TokenIssueTime": false}}""", """{"aws:TokenIssueTime": "2026-01-01T00:00:00Z"}""", true)]
    [InlineData("""{"Null": {"aws:TokenIssueTime": "false"}}""", "{}", false)]
    public void Null_Operator(string condition, string context, bool expected) =>
        Assert.Equal(expected, Requests.ConditionHolds(condition, context));

    [Theory]
    [InlineData("StringEquals", false)]
    [InlineData("StringLike", false)]
    [InlineData("NumericLessThan", false)]
    [InlineData("DateGreaterThan", false)]
    [InlineData("Bool", false)]
    [InlineData("IpAddress", false)]
    [InlineData("ArnLike", false)]
    [InlineData("StringNotEquals", true)]
    [InlineData("StringNotLike", true)]
    [InlineData("StringNotEqualsIgnoreCase", true)]
    [InlineData("NumericNotEquals", true)]
    [InlineData("DateNotEquals", true)]
    [InlineData("NotIpAddress", true)]
    [InlineData("ArnNotEquals", true)]
    [InlineData("ArnNotLike", true)]
    [InlineData("StringEqualsIfExists", true)]
    [InlineData("NumericLessThanIfExists", true)]
    [InlineData("ForAllValues:StringEquals", true)]
    [InlineData("ForAllValues:StringNotEquals", true)]
    [InlineData("ForAnyValue:StringEquals", false)]
    [InlineData("ForAnyValue:StringNotEquals", false)]
    [InlineData("ForAnyValue:StringEqualsIfExists", true)]
    public void Operators_OnMissingKey_FollowAws(string op, bool expected)
    {
        var value = op.Contains("Ip", StringComparison.Ordinal) ? "10.0.0.0/8"
            : op.Contains("Numeric", StringComparison.Ordinal) ? "5"
            : op.Contains("Date", StringComparison.Ordinal) ? "2026-01-01T00:00:00Z"
            : op.Contains("Arn", StringComparison.Ordinal) ? "arn:aws:s3:::x" : "true";
        Assert.Equal(expected, Requests.ConditionHolds("{\"" + op + "\": {\"k:missing\": \"" + value + "\"}}", "{}"));
    }

    [Theory]
    [InlineData("ForAllValues:StringEquals", """["a", "b"]""", """{"aws:TagKeys": ["a"]}""", true)]
    [InlineData("ForAllValues:StringEquals", """["a", "b"]""", """{"aws:TagKeys": ["a", "c"]}""", false)]
    [InlineData("ForAllValues:StringEquals", """["a", "b"]""", """{"aws:TagKeys": []}""", true)]
    [InlineData("ForAnyValue:StringEquals", """["a", "b"]""", """{"aws:TagKeys": ["c", "b"]}""", true)]
    [InlineData("ForAnyValue:StringEquals", """["a", "b"]""", """{"aws:TagKeys": ["c", "d"]}""", false)]
    [InlineData("ForAnyValue:StringEquals", """["a", "b"]""", """{"aws:TagKeys": []}""", false)]
    [InlineData("ForAllValues:StringNotEquals", """["a"]""", """{"aws:TagKeys": ["b", "c"]}""", true)]
    [InlineData("ForAllValues:StringNotEquals", """["a"]""", """{"aws:TagKeys": ["a", "c"]}""", false)]
    [InlineData("ForAnyValue:StringNotEquals", """["a"]""", """{"aws:TagKeys": ["a", "c"]}""", true)]
    [InlineData("ForAnyValue:StringNotEquals", """["a"]""", """{"aws:TagKeys": ["a"]}""", false)]
    [InlineData("ForAnyValue:StringLike", """["team-*"]""", """{"aws:TagKeys": ["x", "team-a"]}""", true)]
    [InlineData("StringEquals", """["a"]""", """{"aws:TagKeys": ["b", "a"]}""", true)]
    [InlineData("StringNotEquals", """["a"]""", """{"aws:TagKeys": ["b", "a"]}""", false)]
    public void SetQualifiers_OnMultiValuedKeys(string op, string values, string context, bool expected) =>
        Assert.Equal(expected, Requests.ConditionHolds("{\"" + op + "\": {\"aws:TagKeys\": " + values + "}}", context));

    [Fact]
    public void Condition_KeysUnderOneOperator_AreAnded()
    {
        const string condition = """{"StringEquals": {"aws:username": "alice", "aws:PrincipalTag/team": "red"}}""";
        Assert.True(Requests.ConditionHolds(condition, """{"aws:username": "alice", "aws:PrincipalTag/team": "red"}"""));
        Assert.False(Requests.ConditionHolds(condition, """{"aws:username": "alice", "aws:PrincipalTag/team": "blue"}"""));
    }

    [Fact]
    public void Condition_Operators_AreAnded()
    {
        const string condition = """{"StringEquals": {"aws:username": "alice"}, "Bool": {"aws:MultiFactorAuthPresent": "true"}}""";
        Assert.True(Requests.ConditionHolds(condition, """{"aws:username": "alice", "aws:MultiFactorAuthPresent": "true"}"""));
        Assert.False(Requests.ConditionHolds(condition, """{"aws:username": "alice"}"""));
    }

    [Theory]
    [InlineData("""{"StringEquals": {"s3:prefix": "home/${aws:username}"}}""", """{"s3:prefix": "home/alice", "aws:username": "alice"}""", true)]
    [InlineData("""{"StringEquals": {"s3:prefix": "home/${aws:username}"}}""", """{"s3:prefix": "home/"}""", false)]
    [InlineData("""{"StringEquals": {"s3:prefix": "home/${aws:username, 'guest'}"}}""", """{"s3:prefix": "home/guest"}""", true)]
    [InlineData("""{"StringEquals": {"aws:ResourceTag/team": "${aws:PrincipalTag/team}"}}""", """{"aws:ResourceTag/team": "red", "aws:PrincipalTag/team": "red"}""", true)]
    [InlineData("""{"StringLike": {"s3:prefix": "${*}x"}}""", """{"s3:prefix": "*x"}""", true)]
    [InlineData("""{"StringLike": {"s3:prefix": "${*}x"}}""", """{"s3:prefix": "ax"}""", false)]
    [InlineData("""{"StringEquals": {"s3:prefix": "${?}${$}"}}""", """{"s3:prefix": "?$"}""", true)]
    public void Variables_InConditionValues_AreSubstituted(string condition, string context, bool expected) =>
        Assert.Equal(expected, Requests.ConditionHolds(condition, context));

    [Fact]
    public void Variables_In2008Documents_AreLiteral()
    {
        const string condition = """{"StringEquals": {"s3:prefix": "${aws:username}"}}""";
        Assert.True(Requests.ConditionHolds(condition, """{"s3:prefix": "${aws:username}", "aws:username": "a"}""", "2008-10-17"));
        Assert.False(Requests.ConditionHolds(condition, """{"s3:prefix": "a", "aws:username": "a"}""", "2008-10-17"));
    }
}
