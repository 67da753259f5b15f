using System.Text.Json;
using Vigil.Core.Findings;

namespace Vigil.Reports.Diff;

/// <summary>`vigil diff --format json`: both scans, the counts, and the new, fixed and changed findings.</summary>
public static class DiffJsonWriter
{
    public static async Task WriteAsync(ScanDiff diff, Stream output, CancellationToken cancellationToken)
    {
        await using var json = JsonOutput.Writer(output);
        json.WriteStartObject();
        json.WriteString("schemaVersion", "1");
        json.WriteStartObject("scans");
        WriteScan(json, "old", diff.Old);
        WriteScan(json, "new", diff.New);
        json.WriteEndObject();
        json.WriteStartObject("summary");
        json.WriteNumber("new", diff.Added.Count);
        json.WriteNumber("fixed", diff.Removed.Count);
        json.WriteNumber("changed", diff.Changed.Count);
        json.WriteNumber("unchanged", diff.Unchanged);
        json.WriteNumber("newFailures", diff.NewFailures.Count());
        json.WriteNumber("resolvedFailures", diff.ResolvedFailures.Count());
        json.WriteEndObject();
        await WriteChangesAsync(json, "new", diff.Added, cancellationToken);
        await WriteChangesAsync(json, "fixed", diff.Removed, cancellationToken);
        await WriteChangesAsync(json, "changed", diff.Changed, cancellationToken);
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteScan(Utf8JsonWriter json, string name, ScanFindings scan)
    {
        json.WriteStartObject(name);
        json.WriteString("file", scan.Path);
        json.WriteString("toolVersion", scan.ToolVersion);
        json.WriteString("scannedAt", scan.ScannedAt);
        json.WriteNumber("findings", scan.ById.Count);
        json.WriteEndObject();
    }

    private static async Task WriteChangesAsync(Utf8JsonWriter json, string name, IReadOnlyList<FindingChange> changes, CancellationToken cancellationToken)
    {
        json.WriteStartArray(name);
        foreach (var change in changes)
        {
            var current = change.Current;
            json.WriteStartObject();
            json.WriteString("id", change.Id);
            json.WriteString("checkId", current.CheckId);
            json.WriteString("resourceArn", current.ResourceArn);
            if (change.Old is { } old) WriteState(json, "old", old);
            if (change.New is { } now) WriteState(json, "new", now);
            json.WriteEndObject();
            await JsonOutput.FlushIfFullAsync(json, cancellationToken);
        }
        json.WriteEndArray();
    }

    private static void WriteState(Utf8JsonWriter json, string name, FindingState state)
    {
        json.WriteStartObject(name);
        json.WriteString("status", Vocabulary.Text(state.Status));
        json.WriteString("severity", Vocabulary.Text(state.Severity));
        json.WriteEndObject();
    }
}
