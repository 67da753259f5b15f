using System.Text.Json;
using Vigil.Core;

namespace Vigil.Cli.Access;

/// <summary>The opening every `vigil access` JSON answer shares: the schema version and the tool.</summary>
internal static class AccessAnswerJson
{
    public static void WriteHeader(Utf8JsonWriter json)
    {
        json.WriteString("schemaVersion", "1");
        json.WriteStartObject("tool");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("version", ToolInfo.Version);
        json.WriteEndObject();
    }
}
