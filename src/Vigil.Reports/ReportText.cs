using System.Globalization;
using System.Text;
using Vigil.Core.Findings;

namespace Vigil.Reports;

/// <summary>What the text formats share: UTF-8 without a byte-order mark, buffered, leaving the caller's stream open,
/// and timestamps in one invariant form.</summary>
internal static class ReportText
{
    public static StreamWriter Writer(Stream output, string newLine = "\n") =>
        new(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16, leaveOpen: true) { NewLine = newLine };

    public static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    /// <summary>A finding's message, with the reason it is muted when it is.</summary>
    public static string MessageWithMute(Finding finding) => finding.Mute is { } mute ? $"{finding.Message} Muted: {mute.Reason}" : finding.Message;

    /// <summary>Compliance ids of a check as "framework requirement" pairs, frameworks in catalog order.</summary>
    public static IEnumerable<string> Requirements(ReportInput input, string checkId)
    {
        foreach (var (framework, ids) in input.Frameworks.RequirementsOf(checkId))
        {
            foreach (var id in ids) yield return $"{framework} {id}";
        }
    }
}
