using System.Globalization;
using System.Text.Json;

namespace Vigil.Reports.Tests.Validation;

/// <summary>Checks one JSON record against the condensed OCSF definitions of Specs/ocsf-1.3.0-detection-finding.json:
/// every attribute is defined for its class or object, has the defined type, takes a value of its enumeration with the
/// matching caption beside it, and every required attribute is present. Returns the problems, with their paths.</summary>
internal sealed class OcsfSchemaCheck(JsonElement definitions)
{
    public List<string> Check(JsonElement record, string definition)
    {
        var problems = new List<string>();
        CheckObject(record, definition, "$", problems);
        return problems;
    }

    private void CheckObject(JsonElement value, string definition, string path, List<string> problems)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path}: expected an object {definition}, found {value.ValueKind}");
            return;
        }
        if (!definitions.TryGetProperty(definition, out var attributes))
        {
            problems.Add($"{path}: object {definition} is not in the condensed schema");
            return;
        }
        foreach (var attribute in attributes.EnumerateObject())
        {
            if (attribute.Value.GetProperty("requirement").GetString() == "required" && !value.TryGetProperty(attribute.Name, out _))
                problems.Add($"{path}.{attribute.Name}: required by {definition} but missing");
        }
        foreach (var property in value.EnumerateObject())
        {
            var at = $"{path}.{property.Name}";
            if (!attributes.TryGetProperty(property.Name, out var attribute))
            {
                problems.Add($"{at}: not an attribute of {definition}");
                continue;
            }
            CheckType(property.Value, attribute.GetProperty("type").GetString()!, at, problems);
            if (attribute.TryGetProperty("enum", out var enumeration)) CheckEnum(value, property, attribute, enumeration, at, problems);
        }
    }

    private static void CheckEnum(JsonElement owner, JsonProperty property, JsonElement attribute, JsonElement enumeration, string at, List<string> problems)
    {
        var key = property.Value.ValueKind == JsonValueKind.Number ? property.Value.GetInt64().ToString(CultureInfo.InvariantCulture) : "";
        if (!enumeration.TryGetProperty(key, out var caption))
        {
            problems.Add($"{at}: {property.Value.GetRawText()} is not one of {string.Join(", ", enumeration.EnumerateObject().Select(e => e.Name))}");
            return;
        }
        if (attribute.TryGetProperty("caption", out var sibling) && owner.TryGetProperty(sibling.GetString()!, out var text) && text.GetString() != caption.GetString())
            problems.Add($"{at}: {key} means \"{caption.GetString()}\" but {sibling.GetString()} is \"{text.GetString()}\"");
    }

    private void CheckType(JsonElement value, string type, string at, List<string> problems)
    {
        if (type.EndsWith("[]", StringComparison.Ordinal))
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                problems.Add($"{at}: expected an array of {type[..^2]}, found {value.ValueKind}");
                return;
            }
            var i = 0;
            foreach (var item in value.EnumerateArray()) CheckType(item, type[..^2], $"{at}[{i++}]", problems);
            return;
        }
        var ok = type switch
        {
            "string" => value.ValueKind == JsonValueKind.String,
            "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _),
            "long" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
            "json" => value.ValueKind is JsonValueKind.Object or JsonValueKind.Array,
            _ when type.StartsWith("object:", StringComparison.Ordinal) => true,
            _ => false,
        };
        if (!ok) problems.Add($"{at}: expected {type}, found {value.GetRawText()}");
        else if (type.StartsWith("object:", StringComparison.Ordinal)) CheckObject(value, type["object:".Length..], at, problems);
    }
}
