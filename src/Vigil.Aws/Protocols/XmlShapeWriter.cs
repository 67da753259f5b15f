using System.Text.Json.Nodes;
using System.Xml.Linq;
using Vigil.Aws.Models;

namespace Vigil.Aws.Protocols;

/// <summary>Writes input values as a rest-xml request body, following botocore's XML serialiser: members by
/// locationName, wrapped lists with "member" (or the item's locationName) elements, flattened lists as repeated
/// elements, maps as entry/key/value, xmlAttribute members as attributes, timestamps as ISO 8601.</summary>
internal static class XmlShapeWriter
{
    public static XElement Root(string name, Member member, JsonNode value, XmlNamespace? ns, string path)
    {
        var root = Element(name, member, value, path).Single();
        var space = ns ?? member.XmlNamespace ?? member.Shape.XmlNamespace;
        if (space is not null && space.Prefix is null)
        {
            XNamespace xmlns = space.Uri;
            foreach (var element in root.DescendantsAndSelf()) element.Name = xmlns + element.Name.LocalName;
        }
        return root;
    }

    private static IEnumerable<XElement> Element(string name, Member member, JsonNode value, string path)
    {
        var shape = member.Shape;
        switch (shape.Type)
        {
            case ShapeType.Structure:
                yield return Structure(name, shape, InputMembers.AsObject(value, shape, path), path);
                break;
            case ShapeType.List:
                var items = InputMembers.AsArray(value, shape, path)
                    .Select((item, i) => item ?? throw new ArgumentException($"{path}[{i}]: list items cannot be null"));
                if (member.Flattened)
                {
                    foreach (var item in items) foreach (var e in Element(name, shape.ListMember!, item, path)) yield return e;
                }
                else
                {
                    yield return new XElement(name, items.SelectMany(item => Element(shape.ListMember!.LocationName ?? "member", shape.ListMember!, item, path)));
                }
                break;
            case ShapeType.Map:
                yield return new XElement(name, InputMembers.AsObject(value, shape, path).Select(entry => new XElement("entry",
                    new XElement(shape.MapKey!.LocationName ?? "key", entry.Key),
                    entry.Value is null ? null : Element(shape.MapValue!.LocationName ?? "value", shape.MapValue!, entry.Value, path))));
                break;
            default:
                yield return new XElement(name, ScalarText.Of(shape, value, member.EffectiveTimestampFormat ?? Timestamps.Iso8601, path));
                break;
        }
    }

    private static XElement Structure(string name, Shape shape, JsonObject input, string path)
    {
        var element = new XElement(name);
        if (shape.XmlNamespace is { Prefix: { } prefix } declared) element.Add(new XAttribute(XNamespace.Xmlns + prefix, declared.Uri));
        foreach (var (member, value) in InputMembers.Present(shape, input, path))
        {
            if (member.XmlAttribute)
            {
                element.Add(Attribute(member, shape, ScalarText.Of(member.Shape, value, Timestamps.Iso8601, path)));
                continue;
            }
            element.Add(Element(member.WireName, member, value, $"{path}.{member.Name}"));
        }
        return element;
    }

    private static XAttribute Attribute(Member member, Shape owner, string text)
    {
        var colon = member.WireName.IndexOf(':', StringComparison.Ordinal);
        var ns = member.XmlNamespace ?? owner.XmlNamespace;
        if (colon < 0 || ns is null) return new XAttribute(member.WireName, text);
        XNamespace space = ns.Uri;
        return new XAttribute(space + member.WireName[(colon + 1)..], text);
    }
}
