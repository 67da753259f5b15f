namespace Vigil.Reports.Csv;

/// <summary>One CSV field. A value a spreadsheet would read as a formula (starting with =, +, -, @, tab or carriage
/// return) gets a leading apostrophe; a value holding a comma, quote or line break is quoted, quotes doubled.</summary>
internal static class CsvCell
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static string Neutralised(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    public static void Write(TextWriter writer, string value)
    {
        var safe = Neutralised(value);
        if (safe.IndexOfAny(NeedsQuotes) < 0)
        {
            writer.Write(safe);
            return;
        }
        writer.Write('"');
        writer.Write(safe.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
