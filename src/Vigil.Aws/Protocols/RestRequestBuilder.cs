using System.Text.Json.Nodes;
using Vigil.Aws.Http;
using Vigil.Aws.Models;

namespace Vigil.Aws.Protocols;

/// <summary>The parts of a REST request that rest-json and rest-xml share: the path from the requestUri template
/// (labels encoded, greedy {Key+} labels keeping their slashes), its fixed query, querystring and header members,
/// and the host prefix. Returns the members left for the body.</summary>
internal static class RestRequestBuilder
{
    public static (AwsHttpRequest Request, List<(Member Member, JsonNode Value)> Body) Build(Operation operation, JsonObject input)
    {
        var request = new AwsHttpRequest { Method = operation.HttpMethod };
        var body = new List<(Member, JsonNode)>();
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var hostLabels = new Dictionary<string, string>(StringComparer.Ordinal);
        var (pathTemplate, fixedQuery) = SplitRequestUri(operation.RequestUri);
        foreach (var pair in fixedQuery) request.Query.Add(pair);
        if (operation.Input is { } shape)
        {
            foreach (var (member, value) in InputMembers.Present(shape, input, operation.Name))
            {
                var where = $"{operation.Name}.{member.Name}";
                if (member.HostLabel) hostLabels[member.Name] = ScalarText.Of(member.Shape, value, Timestamps.Iso8601, where);
                switch (member.Location)
                {
                    case MemberLocation.Uri:
                        labels[member.WireName] = ScalarText.Of(member.Shape, value, Timestamps.Iso8601, where);
                        break;
                    case MemberLocation.QueryString:
                        AddQuery(request, member, value, where);
                        break;
                    case MemberLocation.Header:
                        request.Headers[member.WireName] = HeaderText(member, value, where);
                        break;
                    case MemberLocation.Headers:
                        foreach (var (key, text) in InputMembers.AsObject(value, member.Shape, where))
                        {
                            if (text is not null) request.Headers[member.WireName + key] = ScalarText.Of(member.Shape.MapValue!.Shape, text, Timestamps.Rfc822, where);
                        }
                        break;
                    case MemberLocation.Body:
                        body.Add((member, value));
                        break;
                }
            }
        }
        request.Path = FillPath(operation, pathTemplate, labels);
        if (operation.Service.Name == "s3" && pathTemplate.StartsWith("/{Bucket}", StringComparison.Ordinal)) request.Bucket = labels["Bucket"];
        if (operation.HostPrefix is { } prefix) request.HostPrefix = FillTemplate(operation, prefix, hostLabels, encode: false);
        return (request, body);
    }

    private static (string Path, List<KeyValuePair<string, string>> Query) SplitRequestUri(string requestUri)
    {
        var question = requestUri.IndexOf('?', StringComparison.Ordinal);
        if (question < 0) return (requestUri, []);
        var query = requestUri[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('=', 2))
            .Select(kv => new KeyValuePair<string, string>(Uri.UnescapeDataString(kv[0]), kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : ""))
            .ToList();
        return (requestUri[..question], query);
    }

    private static string FillPath(Operation operation, string template, Dictionary<string, string> labels) =>
        FillTemplate(operation, template, labels, encode: true);

    private static string FillTemplate(Operation operation, string template, Dictionary<string, string> values, bool encode)
    {
        var builder = new System.Text.StringBuilder();
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            if (open < 0)
            {
                builder.Append(template, position, template.Length - position);
                break;
            }
            var close = template.IndexOf('}', open);
            builder.Append(template, position, open - position);
            var label = template[(open + 1)..close];
            var greedy = label.EndsWith('+');
            var name = greedy ? label[..^1] : label;
            if (!values.TryGetValue(name, out var value) || value.Length == 0)
            {
                throw new ArgumentException($"{operation.Name} needs a value for '{name}' (it is part of the request URI)");
            }
            builder.Append(encode ? UriEncoding.Encode(value, keepSlash: greedy) : value);
            position = close + 1;
        }
        return builder.ToString();
    }

    private static void AddQuery(AwsHttpRequest request, Member member, JsonNode value, string where)
    {
        var shape = member.Shape;
        switch (shape.Type)
        {
            case ShapeType.List:
                foreach (var item in InputMembers.AsArray(value, shape, where))
                {
                    if (item is not null) request.Query.Add(new(member.WireName, ScalarText.Of(shape.ListMember!.Shape, item, Timestamps.Iso8601, where)));
                }
                break;
            case ShapeType.Map:
                foreach (var (key, entry) in InputMembers.AsObject(value, shape, where))
                {
                    if (entry is JsonArray many)
                    {
                        foreach (var item in many) if (item is not null) request.Query.Add(new(key, ScalarText.Of(shape.MapValue!.Shape.ListMember!.Shape, item, Timestamps.Iso8601, where)));
                    }
                    else if (entry is not null)
                    {
                        request.Query.Add(new(key, ScalarText.Of(shape.MapValue!.Shape, entry, Timestamps.Iso8601, where)));
                    }
                }
                break;
            default:
                request.Query.Add(new(member.WireName, ScalarText.Of(shape, value, member.EffectiveTimestampFormat ?? Timestamps.Iso8601, where)));
                break;
        }
    }

    private static string HeaderText(Member member, JsonNode value, string where)
    {
        if (member.JsonValue) return Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(value.ToJsonString()));
        if (member.Shape.Type == ShapeType.List)
        {
            return string.Join(',', InputMembers.AsArray(value, member.Shape, where)
                .Where(item => item is not null)
                .Select(item => ScalarText.Of(member.Shape.ListMember!.Shape, item!, Timestamps.Rfc822, where)));
        }
        return ScalarText.Of(member.Shape, value, member.EffectiveTimestampFormat ?? Timestamps.Rfc822, where);
    }
}
