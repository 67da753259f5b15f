using System.Text.Json.Nodes;
using Vigil.Aws.Models;

namespace Vigil.Aws.Protocols;

/// <summary>Flattens an input object into the name=value pairs of the query and ec2 protocols. Query: members by
/// locationName, lists as Name.member.N (or Name.N when flattened), empty lists sent as "Name=", maps as
/// Name.entry.N.key/value. EC2: members by queryName or capitalised locationName, every list as Name.N, empty
/// lists omitted.</summary>
internal sealed class QueryParameters(bool ec2)
{
    public List<KeyValuePair<string, string>> Flatten(Shape shape, JsonObject input)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        Structure(pairs, shape, input, "");
        return pairs;
    }

    private void Value(List<KeyValuePair<string, string>> pairs, Member member, JsonNode node, string prefix)
    {
        var shape = member.Shape;
        switch (shape.Type)
        {
            case ShapeType.Structure:
                Structure(pairs, shape, InputMembers.AsObject(node, shape, prefix), prefix);
                break;
            case ShapeType.List:
                List(pairs, member, InputMembers.AsArray(node, shape, prefix), prefix);
                break;
            case ShapeType.Map:
                Map(pairs, member, InputMembers.AsObject(node, shape, prefix), prefix);
                break;
            default:
                pairs.Add(new(prefix, ScalarText.Of(shape, node, member.EffectiveTimestampFormat ?? Timestamps.Iso8601, prefix)));
                break;
        }
    }

    private void Structure(List<KeyValuePair<string, string>> pairs, Shape shape, JsonObject input, string prefix)
    {
        foreach (var (member, value) in InputMembers.Present(shape, input, prefix.Length == 0 ? shape.Name : prefix))
        {
            var name = ec2 ? Ec2Name(member) : member.WireName;
            Value(pairs, member, value, prefix.Length == 0 ? name : $"{prefix}.{name}");
        }
    }

    private void List(List<KeyValuePair<string, string>> pairs, Member member, JsonArray items, string prefix)
    {
        var element = member.Shape.ListMember!;
        if (items.Count == 0)
        {
            if (!ec2) pairs.Add(new(prefix, ""));
            return;
        }
        string listPrefix;
        if (ec2) listPrefix = prefix;
        else if (member.Flattened) listPrefix = element.LocationName is { } name ? ReplaceLastSegment(prefix, name) : prefix;
        else listPrefix = $"{prefix}.{element.LocationName ?? "member"}";
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i] ?? throw new ArgumentException($"{prefix}: list items cannot be null");
            Value(pairs, element, item, $"{listPrefix}.{i + 1}");
        }
    }

    private void Map(List<KeyValuePair<string, string>> pairs, Member member, JsonObject entries, string prefix)
    {
        var shape = member.Shape;
        var entryPrefix = member.Flattened ? prefix : $"{prefix}.entry";
        var index = 0;
        foreach (var (key, value) in entries)
        {
            index++;
            pairs.Add(new($"{entryPrefix}.{index}.{shape.MapKey!.LocationName ?? "key"}", key));
            if (value is not null) Value(pairs, shape.MapValue!, value, $"{entryPrefix}.{index}.{shape.MapValue!.LocationName ?? "value"}");
        }
    }

    private static string Ec2Name(Member member) =>
        member.QueryName ?? (member.LocationName is { Length: > 0 } name ? char.ToUpperInvariant(name[0]) + name[1..] : member.Name);

    private static string ReplaceLastSegment(string prefix, string name)
    {
        var dot = prefix.LastIndexOf('.');
        return dot < 0 ? name : $"{prefix[..(dot + 1)]}{name}";
    }
}
