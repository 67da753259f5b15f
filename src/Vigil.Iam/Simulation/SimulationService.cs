using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Vigil.Iam.Simulation;

/// <summary>The JSON-lines decision service: one request per line in, one result per line out, in order; a bad line yields an error result.</summary>
public sealed class SimulationService
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly SimulationRequestReader _reader = new();
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);

    /// <summary>Answers one line; never throws for bad input.</summary>
    public string Answer(string line)
    {
        _buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(_buffer, WriterOptions)) Write(line, json);
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }

    /// <summary>Answers every line of the input until its end; blank lines are skipped. Output is flushed whenever the input has nothing buffered.</summary>
    public async Task RunAsync(TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        var pending = new StringBuilder();
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            pending.Append(Answer(line)).Append('\n');
            if (pending.Length > 32 * 1024 || input.Peek() < 0)
            {
                await output.WriteAsync(pending, cancellationToken);
                await output.FlushAsync(cancellationToken);
                pending.Clear();
            }
        }

        if (pending.Length > 0) await output.WriteAsync(pending, cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    private void Write(string line, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            json.WriteNull("id");
            json.WriteString("error", $"not valid JSON: {e.Message}");
            json.WriteEndObject();
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id", out var id))
            {
                json.WritePropertyName("id");
                id.WriteTo(json);
            }
            else json.WriteNull("id");
            AuthorizationResult result;
            try
            {
                result = Evaluator.Evaluate(_reader.Read(root));
            }
            catch (Exception e) when (e is FormatException or PolicyParseException)
            {
                json.WriteString("error", e.Message);
                json.WriteEndObject();
                return;
            }

            json.WriteString("decision", DecisionText.Of(result.Decision));
            json.WriteStartArray("matchedStatements");
            foreach (var statement in result.MatchedStatements)
            {
                json.WriteStartObject();
                json.WriteString("policy", statement.Policy);
                if (statement.Sid is null) json.WriteNull("sid");
                else json.WriteString("sid", statement.Sid);
                json.WriteString("effect", statement.Effect);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNull("error");
        }

        json.WriteEndObject();
    }
}
