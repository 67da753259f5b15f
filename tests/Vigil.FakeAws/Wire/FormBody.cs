using System.Text;

namespace Vigil.ScriptedAws.Wire;

/// <summary>An application/x-www-form-urlencoded body as ordered pairs.</summary>
internal static class FormBody
{
    public static IReadOnlyList<KeyValuePair<string, string>> Parse(byte[] body) => Parse(Encoding.UTF8.GetString(body));

    public static IReadOnlyList<KeyValuePair<string, string>> Parse(string text) =>
    [
        .. text.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair =>
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? pair : pair[..equals];
            var value = equals < 0 ? "" : pair[(equals + 1)..];
            return KeyValuePair.Create(Decode(key), Decode(value));
        }),
    ];

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
