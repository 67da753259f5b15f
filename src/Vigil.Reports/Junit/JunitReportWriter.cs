using System.Text;
using System.Xml;
using Vigil.Core.Findings;

namespace Vigil.Reports.Junit;

/// <summary>JUnit XML: one test suite per check, one test case per check and resource. A failing finding is a
/// failure, one that could not be assessed an error, and a manual or muted one is skipped with the reason.</summary>
public sealed class JunitReportWriter : IReportWriter
{
    public string Format => "junit";
    public string Extension => ".xml";

    public async Task WriteAsync(ReportInput input, Stream output, CancellationToken cancellationToken)
    {
        var suites = input.Listed.GroupBy(f => f.Metadata.Id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var settings = new XmlWriterSettings
        {
            Async = true,
            Indent = true,
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            NewLineChars = "\n",
            CloseOutput = false,
        };
        await using var xml = XmlWriter.Create(output, settings);
        var timestamp = input.Result.ScannedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        await xml.WriteStartDocumentAsync();
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", "vigil");
        WriteCounts(xml, input.Listed, withSkipped: false);
        var written = 0;
        foreach (var suite in suites)
        {
            var first = suite.First().Metadata;
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", first.Id);
            WriteCounts(xml, suite, withSkipped: true);
            xml.WriteAttributeString("timestamp", timestamp);
            xml.WriteAttributeString("package", "vigil." + first.Service);
            foreach (var finding in suite)
            {
                WriteCase(xml, finding);
                if (++written % 4096 == 0) await xml.FlushAsync();
            }
            xml.WriteEndElement();
            cancellationToken.ThrowIfCancellationRequested();
        }
        xml.WriteEndElement();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    /// <summary>The common JUnit schema counts skipped tests per suite only.</summary>
    private static void WriteCounts(XmlWriter xml, IEnumerable<Finding> findings, bool withSkipped)
    {
        int tests = 0, failures = 0, errors = 0, skipped = 0;
        foreach (var finding in findings)
        {
            tests++;
            switch (finding.Status)
            {
                case FindingStatus.Fail: failures++; break;
                case FindingStatus.Error: errors++; break;
                case FindingStatus.Manual or FindingStatus.Muted: skipped++; break;
            }
        }
        xml.WriteAttributeString("tests", tests.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", failures.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", errors.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (withSkipped) xml.WriteAttributeString("skipped", skipped.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteAttributeString("time", "0");
    }

    private static void WriteCase(XmlWriter xml, Finding finding)
    {
        var m = finding.Metadata;
        var resource = finding.ResourceRef;
        var message = XmlSafeText.Of(finding.Message);
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("name", XmlSafeText.Of($"{resource.Name} ({resource.Arn})"));
        xml.WriteAttributeString("classname", $"vigil.{m.Service}.{m.Id}");
        xml.WriteAttributeString("time", "0");
        switch (finding.Status)
        {
            case FindingStatus.Fail:
                WriteOutcome(xml, "failure", message, Vocabulary.Text(m.Severity), $"{message}\nSeverity: {Vocabulary.Text(m.Severity)}\nRemediation: {m.Remediation.Text}\n{m.Remediation.Url}");
                break;
            case FindingStatus.Error:
                WriteOutcome(xml, "error", message, "error", message);
                break;
            case FindingStatus.Manual:
                WriteOutcome(xml, "skipped", "manual: " + message, null, null);
                break;
            case FindingStatus.Muted:
                var reason = XmlSafeText.Of(finding.Mute!.Reason);
                WriteOutcome(xml, "skipped", $"muted ({Vocabulary.Text(finding.EffectiveStatus)}): {reason}", null, message);
                break;
        }
        xml.WriteEndElement();
    }

    private static void WriteOutcome(XmlWriter xml, string element, string message, string? type, string? text)
    {
        xml.WriteStartElement(element);
        xml.WriteAttributeString("message", message);
        if (type is not null) xml.WriteAttributeString("type", type);
        if (text is not null) xml.WriteString(text);
        xml.WriteEndElement();
    }
}
