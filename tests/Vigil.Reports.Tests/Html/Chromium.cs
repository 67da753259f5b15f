using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Vigil.Testing.Skipping;

namespace Vigil.Reports.Tests.Html;

/// <summary>Headless Chromium with its driver, from the system (Debian's chromium and chromium-driver). When they are
/// missing the test is skipped with a message; under CI (CI=true) it fails instead, since .ci/run installs them.</summary>
internal static class Chromium
{
    public static ChromeDriver Start()
    {
        var browser = Find("VIGIL_CHROMIUM", "chromium", "chromium-browser", "google-chrome");
        var driver = Find("VIGIL_CHROMEDRIVER", "chromedriver");
        if (browser is null || driver is null)
        {
            var missing = $"{(browser is null ? "chromium" : "")}{(browser is null && driver is null ? " and " : "")}{(driver is null ? "chromedriver" : "")}";
            var message = $"{missing} not found on PATH: the HTML report's browser test needs Debian's chromium and chromium-driver (.ci/run installs them)";
            if (Environment.GetEnvironmentVariable("CI") == "true") throw new InvalidOperationException(message);
            throw new SkipTestException(message);
        }
        var options = new ChromeOptions { BinaryLocation = browser };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1000");
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(driver)!, Path.GetFileName(driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    private static string? Find(string variable, params string[] names)
    {
        if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } configured && File.Exists(configured)) return configured;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(directory => names.Select(name => Path.Combine(directory, name)))
            .FirstOrDefault(File.Exists);
    }
}
