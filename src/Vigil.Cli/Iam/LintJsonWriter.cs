using System.Text.Encodings.Web;
using System.Text.Json;

namespace Vigil.Cli.Iam;

/// <summary>Lint findings as JSON (docs/iam-lint.md): one entry per file, then a count by severity.</summary>
internal static class LintJsonWriter
{
    public static void Write(IReadOnlyList<LintedFile> files, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("files");
            foreach (var file in files)
            {
                json.WriteStartObject();
                json.WriteString("file", file.Path);
                json.WriteString("kind", LintText.Of(file.Kind));
                json.WriteBoolean("kindDetected", file.KindDetected);
                json.WriteStartArray("findings");
                foreach (var finding in file.Findings)
                {
                    json.WriteStartObject();
                    json.WriteString("code", finding.Code);
                    json.WriteString("severity", LintText.Of(finding.Severity));
                    json.WriteString("message", finding.Message);
                    WriteNullable(json, "statement", finding.StatementIndex);
                    if (finding.Sid is null) json.WriteNull("sid");
                    else json.WriteString("sid", finding.Sid);
                    json.WriteString("path", finding.Path);
                    WriteNullable(json, "line", finding.Line);
                    WriteNullable(json, "column", finding.Column);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            var all = files.SelectMany(f => f.Findings).ToList();
            foreach (var severity in LintText.Severities) json.WriteNumber(severity, all.Count(f => LintText.Of(f.Severity) == severity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v) json.WriteNumber(name, v);
        else json.WriteNull(name);
    }
}
