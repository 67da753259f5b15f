using System.Text;

namespace Vigil.Aws.Http;

/// <summary>AWS's URI encoding (RFC 3986): every byte of the UTF-8 form except A-Z a-z 0-9 - _ . ~ becomes %XX
/// with upper-case hex; a space is %20, never +.</summary>
public static class UriEncoding
{
    public static string Encode(string value, bool keepSlash = false)
    {
        if (IsUnreserved(value, keepSlash)) return value;
        var builder = new StringBuilder(value.Length * 3);
        Span<byte> buffer = stackalloc byte[4];
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.IsAscii && (IsUnreservedByte((byte)rune.Value) || (keepSlash && rune.Value == '/')))
            {
                builder.Append((char)rune.Value);
                continue;
            }
            var length = rune.EncodeToUtf8(buffer);
            for (var i = 0; i < length; i++)
            {
                builder.Append('%').Append(buffer[i].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return builder.ToString();
    }

    private static bool IsUnreserved(string value, bool keepSlash)
    {
        foreach (var c in value)
        {
            if (c > 127 || !(IsUnreservedByte((byte)c) || (keepSlash && c == '/'))) return false;
        }
        return true;
    }

    private static bool IsUnreservedByte(byte b) =>
        b is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9')
            or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~';
}
