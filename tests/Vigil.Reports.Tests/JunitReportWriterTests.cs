using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Vigil.Reports.Junit;
using Vigil.Reports.Tests.Fixtures;
using Vigil.Testing;

namespace Vigil.Reports.Tests;

public sealed class JunitReportWriterTests
{
    [Fact]
    public async Task Write_IsValidAgainstTheJunitSchema()
    {
        var schemas = new XmlSchemaSet();
        schemas.Add(null, RepositoryRoot.Combine("tests", "Vigil.Reports.Tests", "Specs", "junit.xsd"));
        var errors = new List<string>();
        var document = XDocument.Parse(await Rendered.Text(new JunitReportWriter(), GoldenScan.Input()));
        document.Validate(schemas, (_, e) => errors.Add(e.Message));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Write_OneCasePerCheckAndResource_WithOutcomesAsJunitExpects()
    {
        var document = XDocument.Parse(await Rendered.Text(new JunitReportWriter(), GoldenScan.Input()));
        var cases = document.Descendants("testcase").ToList();
        Assert.Equal(6, cases.Count);
        Assert.Equal(2, cases.Count(c => c.Element("failure") is not null));
        Assert.Single(cases, c => c.Element("error") is not null);
        var skipped = cases.Select(c => c.Element("skipped")).OfType<XElement>().Select(s => (string)s.Attribute("message")!).ToList();
        Assert.Contains(skipped, m => m.StartsWith("manual: ", StringComparison.Ordinal));
        Assert.Contains(skipped, m => m.Contains("Logs go to \"central\" <SIEM> & are kept", StringComparison.Ordinal));
        var suite = document.Descendants("testsuite").Single(s => (string)s.Attribute("name")! == GoldenScan.Critical.Id);
        Assert.Equal("2", (string)suite.Attribute("tests")!);
        Assert.Equal("1", (string)suite.Attribute("failures")!);
    }

    [Fact]
    public async Task Write_KeepsHostileTextAsText()
    {
        var document = XDocument.Parse(await Rendered.Text(new JunitReportWriter(), GoldenScan.Input()));
        var hostile = document.Descendants("testcase").Single(c => ((string)c.Attribute("name")!).StartsWith("=HYPERLINK", StringComparison.Ordinal));
        Assert.Contains("<b>&amp; 'quoted'\nline2", (string)hostile.Attribute("name")!, StringComparison.Ordinal);
        Assert.Empty(hostile.Descendants("b"));
        Assert.DoesNotContain('\u001b', (string)hostile.Attribute("name")!);
    }
}
