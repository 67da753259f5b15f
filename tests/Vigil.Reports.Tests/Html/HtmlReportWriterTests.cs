using System.Text.RegularExpressions;
using Vigil.Reports.Html;

namespace Vigil.Reports.Tests.Html;

public sealed partial class HtmlReportWriterTests
{
    private static async Task<string> Render()
    {
        using var buffer = new MemoryStream();
        await new HtmlReportWriter().WriteAsync(HtmlFixture.Input(), buffer, CancellationToken.None);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Fact]
    public async Task Page_IsSelfContained_AndForbidsNetworkAccess()
    {
        var html = await Render();
        Assert.DoesNotMatch(ExternalResource(), html);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
        Assert.Matches("script-src 'sha256-[A-Za-z0-9+/=]{44}'", html);
    }

    [Fact]
    public async Task EstateText_CannotCloseTheDataScriptOrFormMarkup()
    {
        var html = await Render();
        Assert.Equal(2, Regex.Count(html, "</script>", RegexOptions.IgnoreCase));
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(HtmlFixture.ScriptProbe, html, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<(script|link|img|iframe)[^>]+(src|href)\s*=\s*""?(https?:|//)|@import|url\(\s*['""]?(https?:|//)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalResource();
}
