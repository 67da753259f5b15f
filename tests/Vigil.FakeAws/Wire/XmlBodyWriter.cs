using System.Text.Json.Nodes;
using System.Xml.Linq;
using Vigil.Aws.Models;

namespace Vigil.ScriptedAws.Wire;

/// <summary>Writes a neutral tree as XML by shape, as AWS's XML protocols do: members under their locationName,
/// wrapped lists with "member" (or the item's locationName) elements, flattened lists and maps as repeated
/// elements, maps as entry/key/value, xmlAttribute members as attributes, every element in the document's
/// namespace.</summary>
internal sealed class XmlBodyWriter(XNamespace ns, bool milliseconds)
{
    public void WriteMembers(XElement parent, Shape shape, JsonNode? value, string where)
    {
        if (value is null) return;
        if (value is not JsonObject obj) throw WireScalars.Mismatch(shape, value, where);
        foreach (var (name, _) in obj)
        {
            if (shape.FindMember(name) is null) throw new ArgumentException($"{where}: {shape.Name} has no member '{name}'");
        }
        foreach (var member in shape.Members)
        {
            if (member.Location != MemberLocation.Body || obj[member.Name] is not { } child) continue;
            WriteMember(parent, member, child, $"{where}.{member.Name}");
        }
    }

    public void WriteMember(XElement parent, Member member, JsonNode value, string where)
    {
        if (member.XmlAttribute)
        {
            parent.Add(new XAttribute(AttributeName(member), WireScalars.Text(member.Shape, value, Format(member), milliseconds, where)));
            return;
        }
        var shape = member.Shape;
        if (member.Flattened && shape.Type == ShapeType.List)
        {
            var itemName = shape.ListMember!.LocationName ?? member.WireName;
            foreach (var item in Items(shape, value, where)) parent.Add(Element(itemName, shape.ListMember, item, where));
            return;
        }
        if (member.Flattened && shape.Type == ShapeType.Map)
        {
            foreach (var (key, entry) in Entries(shape, value, where)) parent.Add(MapEntry(member.WireName, shape, key, entry, where));
            return;
        }
        parent.Add(Element(member.WireName, member, value, where));
    }

    public XElement Element(string name, Member member, JsonNode? value, string where)
    {
        var element = new XElement(ns + name);
        if (member.XmlNamespace is { } declared)
        {
            element.Add(declared.Prefix is null ? new XAttribute("xmlns", declared.Uri) : new XAttribute(XNamespace.Xmlns + declared.Prefix, declared.Uri));
        }
        if (value is null) return element;
        var shape = member.Shape;
        switch (shape.Type)
        {
            case ShapeType.Structure:
                WriteMembers(element, shape, value, where);
                break;
            case ShapeType.List:
                var itemName = shape.ListMember!.LocationName ?? "member";
                foreach (var item in Items(shape, value, where)) element.Add(Element(itemName, shape.ListMember, item, where));
                break;
            case ShapeType.Map:
                foreach (var (key, entry) in Entries(shape, value, where)) element.Add(MapEntry("entry", shape, key, entry, where));
                break;
            default:
                element.Add(WireScalars.Text(shape, value, Format(member), milliseconds, where));
                break;
        }
        return element;
    }

    private XElement MapEntry(string name, Shape map, string key, JsonNode? value, string where) =>
        new(ns + name,
            new XElement(ns + (map.MapKey!.LocationName ?? "key"), key),
            Element(map.MapValue!.LocationName ?? "value", map.MapValue, value, $"{where}[{key}]"));

    private static IEnumerable<JsonNode?> Items(Shape shape, JsonNode value, string where) =>
        value as JsonArray ?? throw WireScalars.Mismatch(shape, value, where);

    private static IEnumerable<KeyValuePair<string, JsonNode?>> Entries(Shape shape, JsonNode value, string where) =>
        value as JsonObject ?? throw WireScalars.Mismatch(shape, value, where);

    private static string Format(Member member) => member.EffectiveTimestampFormat ?? WireScalars.Iso8601;

    private static XName AttributeName(Member member)
    {
        var colon = member.WireName.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) return member.WireName;
        var uri = member.XmlNamespace?.Uri ?? (member.WireName[..colon] == "xsi" ? "http://www.w3.org/2001/XMLSchema-instance" : "");
        return XNamespace.Get(uri) + member.WireName[(colon + 1)..];
    }
}
