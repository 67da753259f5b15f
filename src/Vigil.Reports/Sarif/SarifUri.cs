namespace Vigil.Reports.Sarif;

/// <summary>A file path as a SARIF artifact URI: relative paths stay relative with '/' separators and each segment
/// percent-encoded; absolute paths become file: URIs.</summary>
internal static class SarifUri
{
    public static string Of(string path)
    {
        if (Path.IsPathFullyQualified(path)) return new Uri(path).AbsoluteUri;
        var segments = path.Replace('\\', '/').Split('/');
        return string.Join('/', segments.Select(Uri.EscapeDataString));
    }
}
