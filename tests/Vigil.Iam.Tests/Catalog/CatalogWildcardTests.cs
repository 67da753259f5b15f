using Vigil.Iam.Catalog;

namespace Vigil.Iam.Tests.Catalog;

public sealed class CatalogWildcardTests
{
    [Theory]
    [InlineData("*", "")]
    [InlineData("*", "anything")]
    [InlineData("Get*", "GetObject")]
    [InlineData("get*", "GetObject")]
    [InlineData("*Object", "GetObject")]
    [InlineData("G?t*t", "GetObject")]
    [InlineData("*e*e*", "GetObjectVersion")]
    [InlineData("a*b*c", "aXbYbZc")]
    [InlineData("??", "ab")]
    [InlineData("**", "x")]
    public void IsMatch_WhenPatternCoversText_Matches(string pattern, string text) => Assert.True(CatalogWildcard.IsMatch(pattern, text));

    [Theory]
    [InlineData("?", "")]
    [InlineData("??", "abc")]
    [InlineData("Get", "GetObject")]
    [InlineData("Get*x", "GetObject")]
    [InlineData("*Objects", "GetObject")]
    [InlineData("a*b*c", "aXbYc_")]
    public void IsMatch_WhenPatternDoesNotCoverText_DoesNotMatch(string pattern, string text) =>
        Assert.False(CatalogWildcard.IsMatch(pattern, text));
}
