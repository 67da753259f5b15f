using Vigil.Core.Engine;

namespace Vigil.Core.Tests.Engine;

public sealed class GlobTests
{
    [Theory]
    [InlineData("s3-*", "s3-bucket-logging-enabled", true)]
    [InlineData("*logging*", "s3-bucket-logging-enabled", true)]
    [InlineData("S3-*", "s3-bucket", true)]
    [InlineData("s3-?ucket", "s3-bucket", true)]
    [InlineData("s3-*", "ec2-instance", false)]
    [InlineData("s3", "s3-bucket", false)]
    [InlineData("*", "", true)]
    [InlineData("arn:aws:s3:::legacy-*", "arn:aws:s3:::legacy-exports", true)]
    [InlineData("a*b*c", "axxbyyc", true)]
    [InlineData("a*b*c", "axxbyy", false)]
    public void IsMatch_FollowsWildcardRules(string pattern, string text, bool expected) =>
        Assert.Equal(expected, Glob.IsMatch(pattern, text));
}
