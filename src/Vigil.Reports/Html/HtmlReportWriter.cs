using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Vigil.Reports.Html;

/// <summary>One self-contained HTML page: styles, script and the scan's data inline, nothing fetched. The data is
/// JSON in a non-executable script element (every &lt; &gt; &amp; escaped, so no value can close it) and the page
/// script renders it with DOM text nodes only; the Content-Security-Policy allows that one script by its hash and
/// no network access at all.</summary>
public sealed class HtmlReportWriter : IReportWriter
{
    private static readonly string Style = Resource("report.css");
    private static readonly string Script = Resource("report.js");
    private static readonly string ScriptHash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Script)));

    public string Format => "html";
    public string Extension => ".html";

    public async Task WriteAsync(ReportInput input, Stream output, CancellationToken cancellationToken)
    {
        var title = $"Vigil scan report — {string.Join(", ", input.Result.Accounts.Select(a => a.Id))}";
        await WriteTextAsync(output, $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-{ScriptHash}'">
            <link rel="icon" href="data:,">
            <title>{System.Net.WebUtility.HtmlEncode(title)}</title>
            <style>{Style}</style>
            </head>
            <body>
            <header><h1>Vigil scan report</h1><div id="meta"></div></header>
            <nav role="tablist">
            <button type="button" data-tab="overview" aria-selected="true">Overview</button>
            <button type="button" data-tab="findings" aria-selected="false">Findings</button>
            <button type="button" data-tab="frameworks" aria-selected="false">Compliance</button>
            <button type="button" data-tab="responsibilities" aria-selected="false">Shared responsibility</button>
            </nav>
            <main>
            <section id="overview"></section>
            <section id="findings" hidden></section>
            <section id="frameworks" hidden></section>
            <section id="responsibilities" hidden></section>
            </main>
            <aside id="detail" class="detail" hidden></aside>
            <script type="application/json" id="vigil-data">
            """, cancellationToken);
        await HtmlReportData.WriteAsync(input, output, cancellationToken);
        await WriteTextAsync(output, $"""

            </script>
            <script>{Script}</script>
            </body>
            </html>

            """, cancellationToken);
    }

    private static async Task WriteTextAsync(Stream output, string text, CancellationToken cancellationToken) =>
        await output.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("html/" + name)
            ?? throw new InvalidOperationException($"The HTML report's {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
