using System.Text.Json;
using Vigil.Core;
using Vigil.Core.Checks;
using Vigil.Core.Findings;

namespace Vigil.Reports.Diff;

/// <summary>The incremental half of <see cref="ScanResultReader"/>: fed buffer after buffer, it consumes whole tokens
/// (and whole finding objects) and reports how many bytes it used; the rest waits for more data.</summary>
internal sealed class ScanResultParser(string path)
{
    private readonly Dictionary<string, FindingState> _byId = new(StringComparer.Ordinal);

    /// <summary>One string per check id: a few hundred checks repeat across a million findings.</summary>
    private readonly Dictionary<string, string> _checkIds = new(StringComparer.Ordinal);
    private string? _schemaVersion;
    private string? _toolName;
    private string _toolVersion = "";
    private string _scannedAt = "";
    private bool _sawFindings;
    private bool _inFindings;
    private bool _started;
    private int _findingIndex;

    public bool Done { get; private set; }

    public int Feed(ReadOnlySpan<byte> data, bool final, ref JsonReaderState state)
    {
        var reader = new Utf8JsonReader(data, final, state);
        var consumed = 0;
        var committed = state;
        while (!Done)
        {
            var before = reader;
            if (!reader.Read()) break;
            if (!_started)
            {
                if (reader.TokenType != JsonTokenType.StartObject)
                    throw new VigilInputException($"{path}: not a Vigil scan result: the document is not a JSON object (write one with `vigil scan --format json`).");
                _started = true;
            }
            else if (_inFindings)
            {
                if (reader.TokenType == JsonTokenType.EndArray) _inFindings = false;
                else if (reader.TokenType != JsonTokenType.StartObject)
                    throw new VigilInputException($"{path}: findings[{_findingIndex}] is not an object.");
                else
                {
                    var probe = reader;
                    if (!probe.TrySkip())
                    {
                        reader = before;
                        break;
                    }
                    ReadFinding(ref reader);
                }
            }
            else if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
            {
                var name = reader.GetString();
                var probe = reader;
                if (!probe.Read() || (name != "findings" && !probe.TrySkip()))
                {
                    reader = before;
                    break;
                }
                ReadTopLevel(name!, ref reader);
            }
            else if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 0)
            {
                Done = true;
            }
            consumed = (int)reader.BytesConsumed;
            committed = reader.CurrentState;
        }
        state = committed;
        return consumed;
    }

    public ScanFindings Result()
    {
        if (_schemaVersion is null || _toolName != ToolInfo.Name || !_sawFindings)
            throw new VigilInputException($"{path}: not a Vigil scan result (it needs \"schemaVersion\", \"tool\": {{\"name\": \"vigil\"}} and a \"findings\" array; write one with `vigil scan --format json`).");
        if (_schemaVersion != "1")
            throw new VigilInputException($"{path}: scan result schemaVersion \"{_schemaVersion}\" is not supported (this Vigil reads \"1\").");
        return new ScanFindings(path, _toolVersion, _scannedAt, _byId);
    }

    private void ReadTopLevel(string name, ref Utf8JsonReader reader)
    {
        reader.Read();
        switch (name)
        {
            case "schemaVersion" when reader.TokenType == JsonTokenType.String:
                _schemaVersion = reader.GetString();
                break;
            case "scannedAt" when reader.TokenType == JsonTokenType.String:
                _scannedAt = reader.GetString()!;
                break;
            case "tool" when reader.TokenType == JsonTokenType.StartObject:
                ReadTool(ref reader);
                break;
            case "findings" when reader.TokenType == JsonTokenType.StartArray:
                _sawFindings = true;
                _inFindings = true;
                break;
            case "findings":
                throw new VigilInputException($"{path}: \"findings\" is not an array.");
            default:
                SkipValue(ref reader);
                break;
        }
    }

    private void ReadTool(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == "name" && reader.TokenType == JsonTokenType.String) _toolName = reader.GetString();
            else if (name == "version" && reader.TokenType == JsonTokenType.String) _toolVersion = reader.GetString()!;
            else SkipValue(ref reader);
        }
    }

    private void ReadFinding(ref Utf8JsonReader reader)
    {
        string? id = null, checkId = null, status = null, severity = null, arn = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "id" when reader.TokenType == JsonTokenType.String: id = reader.GetString(); break;
                case "checkId" when reader.TokenType == JsonTokenType.String: checkId = reader.GetString(); break;
                case "status" when reader.TokenType == JsonTokenType.String: status = reader.GetString(); break;
                case "severity" when reader.TokenType == JsonTokenType.String: severity = reader.GetString(); break;
                case "resource" when reader.TokenType == JsonTokenType.StartObject: arn = ReadArn(ref reader); break;
                default: SkipValue(ref reader); break;
            }
        }
        var at = $"{path}: findings[{_findingIndex}]";
        if (id is null || checkId is null || arn is null)
            throw new VigilInputException($"{at} lacks {(id is null ? "\"id\"" : checkId is null ? "\"checkId\"" : "\"resource\".\"arn\"")}.");
        if (!Vocabulary.TryParseStatus(status ?? "", out var parsedStatus))
            throw new VigilInputException($"{at} ({id}) has status {(status is null ? "missing" : $"\"{status}\"")}; expected one of {string.Join(", ", Vocabulary.Statuses)}.");
        if (!Vocabulary.TryParseSeverity(severity ?? "", out var parsedSeverity))
            throw new VigilInputException($"{at} ({id}) has severity {(severity is null ? "missing" : $"\"{severity}\"")}; expected one of {string.Join(", ", Vocabulary.Severities)}.");
        if (_checkIds.TryGetValue(checkId, out var pooled)) checkId = pooled;
        else _checkIds[checkId] = checkId;
        if (!_byId.TryAdd(id, new FindingState(checkId, arn, parsedStatus, parsedSeverity)))
            throw new VigilInputException($"{at}: finding id {id} appears twice.");
        _findingIndex++;
    }

    /// <summary>The value is known to be complete in the buffer (probed with TrySkip before), but the reader is
    /// over a partial block, where only TrySkip is allowed.</summary>
    private static void SkipValue(ref Utf8JsonReader reader)
    {
        if (!reader.TrySkip()) throw new InvalidOperationException("a value probed as complete could not be skipped");
    }

    private static string? ReadArn(ref Utf8JsonReader reader)
    {
        string? arn = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == "arn" && reader.TokenType == JsonTokenType.String) arn = reader.GetString();
            else SkipValue(ref reader);
        }
        return arn;
    }
}
