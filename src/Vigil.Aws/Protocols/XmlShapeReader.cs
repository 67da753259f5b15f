using System.Text.Json.Nodes;
using System.Xml.Linq;
using Vigil.Aws.Models;

namespace Vigil.Aws.Protocols;

/// <summary>Reads XML response elements into the neutral tree by shape, following botocore's XML parser:
/// members by locationName (or name), flattened lists as repeated elements, wrapped lists whatever their item
/// element is called, maps as entry/key/value, attributes for xmlAttribute members.</summary>
internal static class XmlShapeReader
{
    public static JsonNode Read(Shape shape, XElement element) => shape.Type switch
    {
        ShapeType.Structure => Structure(shape, element),
        ShapeType.List => new JsonArray(element.Elements().Select(e => Read(shape.ListMember!.Shape, e)).ToArray()),
        ShapeType.Map => Map(shape, element.Elements().Where(e => e.Name.LocalName == "entry")),
        _ => ScalarNode.FromText(shape, element.Value, $"{shape.Name} <{element.Name.LocalName}>"),
    };

    public static JsonObject Structure(Shape shape, XElement element)
    {
        var result = new JsonObject();
        foreach (var member in shape.Members)
        {
            if (member.Location != MemberLocation.Body) continue;
            if (member.XmlAttribute)
            {
                var localName = member.WireName.Contains(':', StringComparison.Ordinal) ? member.WireName[(member.WireName.IndexOf(':', StringComparison.Ordinal) + 1)..] : member.WireName;
                var attribute = element.Attributes().FirstOrDefault(a => a.Name.LocalName == localName);
                if (attribute is not null) result[member.Name] = ScalarNode.FromText(member.Shape, attribute.Value, $"{shape.Name}.{member.Name}");
                continue;
            }
            var name = KeyName(member);
            if (member.Flattened && member.Shape.Type is ShapeType.List or ShapeType.Map)
            {
                var repeated = element.Elements().Where(e => e.Name.LocalName == name).ToList();
                if (repeated.Count == 0) continue;
                result[member.Name] = member.Shape.Type == ShapeType.List
                    ? new JsonArray(repeated.Select(e => Read(member.Shape.ListMember!.Shape, e)).ToArray())
                    : Map(member.Shape, repeated);
                continue;
            }
            var child = element.Elements().FirstOrDefault(e => e.Name.LocalName == name);
            if (child is not null) result[member.Name] = Read(member.Shape, child);
        }
        return result;
    }

    private static JsonObject Map(Shape shape, IEnumerable<XElement> entries)
    {
        var result = new JsonObject();
        var keyName = shape.MapKey!.LocationName ?? "key";
        var valueName = shape.MapValue!.LocationName ?? "value";
        foreach (var entry in entries)
        {
            var key = entry.Elements().FirstOrDefault(e => e.Name.LocalName == keyName)?.Value;
            var value = entry.Elements().FirstOrDefault(e => e.Name.LocalName == valueName);
            if (key is null) continue;
            result[key] = value is null ? null : Read(shape.MapValue.Shape, value);
        }
        return result;
    }

    /// <summary>A flattened list with a named item is keyed by the item's name (botocore's _member_key_name).</summary>
    private static string KeyName(Member member) =>
        member.Shape.Type == ShapeType.List && member.Flattened && member.Shape.ListMember!.LocationName is { } itemName
            ? itemName
            : member.WireName;
}
