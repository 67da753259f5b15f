using System.Xml;

namespace Vigil.Reports.Junit;

/// <summary>Account text for XML: characters XML 1.0 cannot carry at all (escape, other C0 controls, lone surrogates)
/// become U+FFFD; everything else is escaped by the XML writer.</summary>
internal static class XmlSafeText
{
    public static string Of(string text)
    {
        if (IsValid(text)) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
                continue;
            }
            if (!XmlConvert.IsXmlChar(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    private static bool IsValid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) continue;
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
                continue;
            }
            return false;
        }
        return true;
    }
}
