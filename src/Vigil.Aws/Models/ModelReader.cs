using System.Text.Json;
using System.Text.RegularExpressions;

namespace Vigil.Aws.Models;

/// <summary>Reads the generated models.json document into <see cref="ModelCatalog"/>.</summary>
internal static class ModelReader
{
    public static ModelCatalog Read(JsonElement root)
    {
        var services = new Dictionary<string, ServiceModel>(StringComparer.Ordinal);
        foreach (var service in root.GetProperty("services").EnumerateObject())
        {
            services.Add(service.Name, ReadService(service.Name, service.Value));
        }
        var partitions = root.GetProperty("partitions").EnumerateArray().Select(ReadPartition).ToList();
        return new ModelCatalog(root.GetProperty("source").GetString() ?? "unknown", services, partitions);
    }

    private static Partition ReadPartition(JsonElement element) => new()
    {
        Name = Text(element, "name")!,
        DnsSuffix = Text(element, "dnsSuffix")!,
        RegionPattern = new Regex(Text(element, "regionRegex")!, RegexOptions.CultureInvariant),
        GlobalEndpoints = element.GetProperty("globalEndpoints").EnumerateObject().ToDictionary(
            e => e.Name,
            e => new GlobalEndpoint(Text(e.Value, "hostname")!, Text(e.Value, "signingRegion")!),
            StringComparer.Ordinal),
    };

    private static ServiceModel ReadService(string name, JsonElement element)
    {
        var metadata = element.GetProperty("metadata");
        var endpointPrefix = Text(metadata, "endpointPrefix")!;
        var service = new ServiceModel(name, ParseProtocol(Text(metadata, "protocol")!), Text(metadata, "apiVersion")!, endpointPrefix)
        {
            SigningName = Text(metadata, "signingName") ?? endpointPrefix,
            ServiceId = Text(metadata, "serviceId") ?? name,
            TargetPrefix = Text(metadata, "targetPrefix"),
            JsonVersion = Text(metadata, "jsonVersion"),
            XmlNamespace = Text(metadata, "xmlNamespace"),
            AwsQueryCompatible = metadata.TryGetProperty("awsQueryCompatible", out var compatible) && compatible.GetBoolean(),
        };
        var shapes = ReadShapes(element.GetProperty("shapes"));
        foreach (var operation in element.GetProperty("operations").EnumerateObject())
        {
            service.Add(ReadOperation(service, operation.Name, operation.Value, shapes));
        }
        return service;
    }

    private static Operation ReadOperation(ServiceModel service, string name, JsonElement element, Dictionary<string, Shape> shapes)
    {
        var http = element.GetProperty("http");
        var input = element.TryGetProperty("input", out var i) ? i : (JsonElement?)null;
        var output = element.TryGetProperty("output", out var o) ? o : (JsonElement?)null;
        return new Operation(service, name, Text(http, "method")!, Text(http, "requestUri")!)
        {
            Input = input is { } inputRef ? shapes[Text(inputRef, "shape")!] : null,
            InputLocationName = input is { } inputName ? Text(inputName, "locationName") : null,
            InputXmlNamespace = input is { } inputNamespace ? ReadNamespace(inputNamespace) : null,
            Output = output is { } outputRef ? shapes[Text(outputRef, "shape")!] : null,
            ResultWrapper = output is { } wrapper ? Text(wrapper, "resultWrapper") : null,
            Errors = element.TryGetProperty("errors", out var errors) ? errors.EnumerateArray().Select(e => shapes[e.GetString()!]).ToList() : [],
            HostPrefix = Text(element, "hostPrefix"),
            Paginator = element.TryGetProperty("paginator", out var paginator) ? ReadPaginator(paginator) : null,
        };
    }

    private static Paginator ReadPaginator(JsonElement element) => new()
    {
        InputTokens = OneOrMany(element, "input_token"),
        OutputTokens = OneOrMany(element, "output_token"),
        MoreResults = Text(element, "more_results"),
        LimitKey = Text(element, "limit_key"),
        ResultKeys = OneOrMany(element, "result_key"),
    };

    private static Dictionary<string, Shape> ReadShapes(JsonElement element)
    {
        var shapes = new Dictionary<string, Shape>(StringComparer.Ordinal);
        foreach (var shape in element.EnumerateObject())
        {
            shapes.Add(shape.Name, new Shape(shape.Name, ParseType(shape.Name, Text(shape.Value, "type")!)));
        }
        foreach (var property in element.EnumerateObject())
        {
            var shape = shapes[property.Name];
            var json = property.Value;
            if (json.TryGetProperty("members", out var members))
            {
                shape.Members = members.EnumerateObject().Select(m => ReadMember(m.Name, m.Value, shapes)).ToList();
            }
            shape.ListMember = json.TryGetProperty("member", out var listMember) ? ReadMember("member", listMember, shapes) : null;
            shape.MapKey = json.TryGetProperty("key", out var key) ? ReadMember("key", key, shapes) : null;
            shape.MapValue = json.TryGetProperty("value", out var value) ? ReadMember("value", value, shapes) : null;
            shape.Required = json.TryGetProperty("required", out var required)
                ? required.EnumerateArray().Select(r => r.GetString()!).ToHashSet(StringComparer.Ordinal)
                : new HashSet<string>();
            shape.Payload = Text(json, "payload");
            shape.Flattened = Flag(json, "flattened");
            shape.LocationName = Text(json, "locationName");
            shape.XmlNamespace = ReadNamespace(json);
            shape.TimestampFormat = Text(json, "timestampFormat");
            shape.IsDocument = Flag(json, "document");
            shape.ErrorCode = json.TryGetProperty("error", out var error) ? Text(error, "code") : null;
        }
        return shapes;
    }

    private static Member ReadMember(string name, JsonElement element, Dictionary<string, Shape> shapes) =>
        new(name, shapes[Text(element, "shape")!])
        {
            Location = ParseLocation(Text(element, "location")),
            LocationName = Text(element, "locationName"),
            QueryName = Text(element, "queryName"),
            XmlAttribute = Flag(element, "xmlAttribute"),
            XmlNamespace = ReadNamespace(element),
            TimestampFormat = Text(element, "timestampFormat"),
            JsonValue = Flag(element, "jsonvalue"),
            HostLabel = Flag(element, "hostLabel"),
            IdempotencyToken = Flag(element, "idempotencyToken"),
            FlattenedOnReference = Flag(element, "flattened"),
        };

    private static XmlNamespace? ReadNamespace(JsonElement element)
    {
        if (!element.TryGetProperty("xmlNamespace", out var ns)) return null;
        return ns.ValueKind == JsonValueKind.String
            ? new XmlNamespace(null, ns.GetString()!)
            : new XmlNamespace(Text(ns, "prefix"), Text(ns, "uri")!);
    }

    private static WireProtocol ParseProtocol(string protocol) => protocol switch
    {
        "query" => WireProtocol.Query,
        "ec2" => WireProtocol.Ec2,
        "json" => WireProtocol.Json,
        "rest-json" => WireProtocol.RestJson,
        "rest-xml" => WireProtocol.RestXml,
        _ => throw new InvalidDataException($"Unsupported wire protocol '{protocol}' in the AWS models"),
    };

    private static ShapeType ParseType(string shape, string type) => type switch
    {
        "structure" => ShapeType.Structure,
        "list" => ShapeType.List,
        "map" => ShapeType.Map,
        "string" => ShapeType.String,
        "integer" or "short" or "byte" => ShapeType.Integer,
        "long" or "bigInteger" => ShapeType.Long,
        "float" => ShapeType.Float,
        "double" or "bigDecimal" => ShapeType.Double,
        "boolean" => ShapeType.Boolean,
        "timestamp" => ShapeType.Timestamp,
        "blob" => ShapeType.Blob,
        _ => throw new InvalidDataException($"Shape '{shape}' has unsupported type '{type}' in the AWS models"),
    };

    private static MemberLocation ParseLocation(string? location) => location switch
    {
        null => MemberLocation.Body,
        "uri" => MemberLocation.Uri,
        "querystring" => MemberLocation.QueryString,
        "header" => MemberLocation.Header,
        "headers" => MemberLocation.Headers,
        "statusCode" => MemberLocation.StatusCode,
        _ => throw new InvalidDataException($"Unsupported member location '{location}' in the AWS models"),
    };

    private static List<string> OneOrMany(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value)) return [];
        return value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(v => v.GetString()!).ToList() : [value.GetString()!];
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool Flag(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}
