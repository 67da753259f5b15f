using System.Text;
using System.Text.Json.Nodes;
using Vigil.Aws.Models;

namespace Vigil.ScriptedAws.Wire;

/// <summary>What rest-json and rest-xml responses share: header members (RFC 822 timestamps, base64 JSON values,
/// comma-joined lists), prefixed-header maps, the status-code member and raw string or blob payloads.</summary>
internal static class RestParts
{
    public static int Apply(Shape output, JsonObject value, Dictionary<string, string> headers, string where)
    {
        var status = 200;
        foreach (var member in output.Members)
        {
            if (value[member.Name] is not { } node) continue;
            var path = $"{where}.{member.Name}";
            switch (member.Location)
            {
                case MemberLocation.Header:
                    headers[member.WireName] = HeaderText(member, node, path);
                    break;
                case MemberLocation.Headers:
                    foreach (var (key, item) in node.AsObject()) headers[member.WireName + key] = item?.ToString() ?? "";
                    break;
                case MemberLocation.StatusCode:
                    status = node.GetValue<int>();
                    break;
            }
        }
        return status;
    }

    public static byte[] RawPayload(Member payload, JsonNode value, string where) => payload.Shape.Type == ShapeType.Blob
        ? Convert.FromBase64String(WireScalars.Text(payload.Shape, value, WireScalars.Iso8601, false, where))
        : Encoding.UTF8.GetBytes(WireScalars.Text(payload.Shape, value, WireScalars.Iso8601, false, where));

    public static void CheckMembers(Shape shape, JsonObject value, string where)
    {
        foreach (var (name, _) in value)
        {
            if (shape.FindMember(name) is null) throw new ArgumentException($"{where}: {shape.Name} has no member '{name}'");
        }
    }

    private static string HeaderText(Member member, JsonNode node, string where)
    {
        if (member.JsonValue) return Convert.ToBase64String(Encoding.UTF8.GetBytes(node.ToJsonString()));
        if (member.Shape.Type == ShapeType.List)
        {
            return string.Join(",", node.AsArray().Select(item => WireScalars.Text(member.Shape.ListMember!.Shape, item!, WireScalars.Rfc822, false, where)));
        }
        return WireScalars.Text(member.Shape, node, member.EffectiveTimestampFormat ?? WireScalars.Rfc822, false, where);
    }
}
