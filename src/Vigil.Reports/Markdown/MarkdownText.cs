using System.Text;

namespace Vigil.Reports.Markdown;

/// <summary>Account text inside Markdown renders as the literal text: ASCII punctuation is backslash-escaped (no
/// emphasis, links, tables or headings), '&amp;', '&lt;', '&gt;' and '@' become entities (no HTML, no mention
/// notifications), line breaks and other control characters become spaces, and very long values are cut.</summary>
internal static class MarkdownText
{
    private const int MaxLength = 300;

    public static string Escape(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxLength) + 16);
        var length = 0;
        foreach (var c in text)
        {
            if (length++ == MaxLength)
            {
                builder.Append('…');
                break;
            }
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '@': builder.Append("&#64;"); break;
                case var control when char.IsControl(control): builder.Append(' '); break;
                case var punctuation when char.IsAscii(punctuation) && char.IsPunctuation(punctuation) || char.IsAscii(c) && char.IsSymbol(c):
                    builder.Append('\\').Append(c);
                    break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }
}
