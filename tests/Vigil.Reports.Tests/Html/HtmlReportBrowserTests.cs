using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;
using Vigil.Reports.Html;
using Vigil.Testing;
using Vigil.Testing.Skipping;
using Xunit.Abstractions;

namespace Vigil.Reports.Tests.Html;

/// <summary>The HTML report in headless Chromium: it loads with no console errors, the XSS probes stay text, filters,
/// paging and the detail view work, and a screenshot is written to TestResults/html-report.png.</summary>
public sealed class HtmlReportBrowserTests(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Report_InChromium_RendersSafelyAndFilters()
    {
        using var directory = new TempDirectory();
        var page = Path.Combine(directory.Path, "report.html");
        await using (var file = File.Create(page)) await new HtmlReportWriter().WriteAsync(HtmlFixture.Input(), file, CancellationToken.None);

        using var browser = Chromium.Start();
        browser.Navigate().GoToUrl(new Uri(page).AbsoluteUri);
        var wait = new WebDriverWait(browser, TimeSpan.FromSeconds(20));
        wait.Until(d => d.FindElement(By.TagName("body")).GetAttribute("data-ready") == "true");

        var script = browser;
        Assert.Equal(true, script.ExecuteScript("return window.__vigilXss === undefined"));
        Assert.Contains("prod \"main\"", browser.FindElement(By.Id("meta")).Text, StringComparison.Ordinal);

        browser.FindElement(By.CssSelector("nav button[data-tab='findings']")).Click();
        var rows = browser.FindElements(By.CssSelector("#findings-body tr"));
        Assert.Equal(50, rows.Count);
        Assert.Contains($"of {HtmlFixture.Buckets + 4} findings", browser.FindElement(By.Id("shown")).Text, StringComparison.Ordinal);

        browser.FindElement(By.Id("filter-text")).SendKeys("onerror");
        var probe = Assert.Single(browser.FindElements(By.CssSelector("#findings-body tr")));
        Assert.Contains(HtmlFixture.ImageProbe, probe.Text, StringComparison.Ordinal);
        probe.Click();
        Assert.Contains(HtmlFixture.ImageProbe, browser.FindElement(By.Id("detail-message")).Text, StringComparison.Ordinal);
        Assert.Contains("Fix it <b>now</b>.", browser.FindElement(By.Id("detail")).Text, StringComparison.Ordinal);
        browser.FindElement(By.Id("detail-close")).Click();
        browser.FindElement(By.Id("filter-text")).Clear();
        script.ExecuteScript("const t = document.getElementById('filter-text'); t.value = ''; t.dispatchEvent(new Event('input'));");

        browser.FindElement(By.CssSelector("#filter-status option[value='fail']")).Click();
        var failing = browser.FindElements(By.CssSelector("#findings-body tr td:nth-child(2)"));
        Assert.NotEmpty(failing);
        Assert.All(failing, cell => Assert.Equal("FAIL", cell.Text));
        Assert.Contains($"{HtmlFixture.Buckets / 4 + 1} of", browser.FindElement(By.Id("shown")).Text, StringComparison.Ordinal);

        browser.FindElement(By.CssSelector("nav button[data-tab='frameworks']")).Click();
        Assert.Contains("CIS <Benchmark> 5.0.0", browser.FindElement(By.Id("frameworks")).Text, StringComparison.Ordinal);
        Assert.Contains("A person confirms the contacts.", browser.FindElement(By.Id("frameworks")).Text, StringComparison.Ordinal);

        browser.FindElement(By.CssSelector("nav button[data-tab='responsibilities']")).Click();
        var matrix = browser.FindElement(By.Id("responsibilities")).Text;
        Assert.Contains("Amazon S3", matrix, StringComparison.Ordinal);
        Assert.Contains("abstracted", matrix, StringComparison.Ordinal);
        Assert.Contains("SOC 2", matrix, StringComparison.Ordinal);

        Assert.Equal(true, script.ExecuteScript("return window.__vigilXss === undefined"));
        var errors = browser.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level >= LogLevel.Warning).Select(e => e.Message).ToList();
        Assert.True(errors.Count == 0, "browser console: " + string.Join(" | ", errors));

        browser.FindElement(By.CssSelector("nav button[data-tab='overview']")).Click();
        var screenshot = RepositoryRoot.Combine("TestResults", "html-report.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        browser.GetScreenshot().SaveAsFile(screenshot);
        output.WriteLine($"Screenshot: {screenshot}");
    }
}
