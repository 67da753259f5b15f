using Vigil.Core.Findings;

namespace Vigil.Reports.Table;

/// <summary>Account data shown on a terminal: control characters (escape sequences, carriage returns) become '?'
/// so a resource name cannot move the cursor, recolour or rewrite the screen.</summary>
internal static class TerminalText
{
    /// <summary>The finding's resource as a row names it: "name (account region)".</summary>
    public static string Resource(Finding finding)
    {
        var resource = finding.ResourceRef;
        return Safe($"{resource.Name} ({(resource.Region is null ? resource.Account : $"{resource.Account} {resource.Region}")})");
    }

    public static string Safe(string text)
    {
        if (!text.Any(char.IsControl)) return text;
        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = char.IsControl(source[i]) ? '?' : source[i];
        });
    }
}
