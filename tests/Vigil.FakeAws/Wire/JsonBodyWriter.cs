using System.Text.Json.Nodes;
using Vigil.Aws.Models;

namespace Vigil.ScriptedAws.Wire;

/// <summary>Writes a neutral tree as an AWS JSON body by shape: members under their locationName, timestamps as
/// epoch seconds unless the member says otherwise, documents as they are.</summary>
internal static class JsonBodyWriter
{
    public static JsonObject Structure(Shape shape, JsonNode? value, string where, Func<Member, bool> include)
    {
        var result = new JsonObject();
        if (value is null) return result;
        if (value is not JsonObject obj) throw WireScalars.Mismatch(shape, value, where);
        foreach (var (name, _) in obj)
        {
            if (shape.FindMember(name) is null) throw new ArgumentException($"{where}: {shape.Name} has no member '{name}'");
        }
        foreach (var member in shape.Members)
        {
            if (!include(member) || obj[member.Name] is not { } child) continue;
            result[member.WireName] = Value(member.Shape, member.EffectiveTimestampFormat, child, $"{where}.{member.Name}");
        }
        return result;
    }

    public static JsonNode Value(Shape shape, string? timestampFormat, JsonNode value, string where)
    {
        if (shape.IsDocument) return value.DeepClone();
        return shape.Type switch
        {
            ShapeType.Structure => Structure(shape, value, where, m => m.Location == MemberLocation.Body),
            ShapeType.List => new JsonArray((value as JsonArray ?? throw WireScalars.Mismatch(shape, value, where))
                .Select(item => item is null ? null : Value(shape.ListMember!.Shape, shape.ListMember.EffectiveTimestampFormat, item, where)).ToArray()),
            ShapeType.Map => new JsonObject((value as JsonObject ?? throw WireScalars.Mismatch(shape, value, where))
                .Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : Value(shape.MapValue!.Shape, shape.MapValue.EffectiveTimestampFormat, p.Value, $"{where}[{p.Key}]")))),
            _ => WireScalars.Json(shape, value, timestampFormat, where),
        };
    }
}
