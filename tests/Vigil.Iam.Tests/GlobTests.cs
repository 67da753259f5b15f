using Vigil.Iam.Policies;

namespace Vigil.Iam.Tests;

public sealed class GlobTests
{
    [Fact]
    public void MatchesSegmented_WithoutColons_AgreesWithPlainGlob()
    {
        var random = new Random(99);
        const string alphabet = "ab/";
        for (var i = 0; i < 5000; i++)
        {
            var pattern = Text(random, "ab/*?", 6).Replace('*', Glob.Star).Replace('?', Glob.Question);
            var value = Text(random, alphabet, 8);
            Assert.True(Glob.Matches(pattern, value) == Glob.MatchesSegmented(pattern, value), $"pattern {pattern}, value {value}");
        }
    }

    [Theory]
    [InlineData("a*b", "a:b", false)]
    [InlineData("a*:b", "a:x:b", true)]
    [InlineData("a*", "a:b:c", true)]
    [InlineData("a?b", "a:b", true)]
    [InlineData("*b*", "x:b:y", false)]
    [InlineData("*b*", "xb:y", true)]
    public void MatchesSegmented_KeepsMidSegmentStarsInTheirSegment(string pattern, string value, bool expected) =>
        Assert.Equal(expected, Glob.MatchesSegmented(pattern.Replace('*', Glob.Star).Replace('?', Glob.Question), value));

    private static string Text(Random random, string alphabet, int maxLength)
    {
        var chars = new char[random.Next(maxLength + 1)];
        for (var i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
        return new string(chars);
    }
}
