using System.Text.Json;

namespace Vigil.Iam.Simulation;

/// <summary>
/// Reads requests in the `vigil iam simulate` format (CONTRACTS.md) into <see cref="AuthorizationRequest"/>s.
/// Policies that recur across requests are compiled once (cached by their JSON text).
/// </summary>
public sealed class SimulationRequestReader
{
    private const int CacheLimit = 4096;
    private readonly Dictionary<(string Text, PolicyKind Kind), Policy> _cache = [];

    /// <summary>Reads one request object; throws <see cref="FormatException"/> or <see cref="PolicyParseException"/> naming the problem.</summary>
    public AuthorizationRequest Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new FormatException("a request must be a JSON object");
        return new AuthorizationRequest
        {
            Principal = RequiredString(root, "principal"),
            Action = RequiredString(root, "action"),
            Resource = RequiredString(root, "resource"),
            ResourceAccount = OptionalString(root, "resourceAccount"),
            Context = Context(root),
            IdentityPolicies = Policies(root, "identityPolicies", "identityPolicies", PolicyKind.Identity) ?? [],
            ResourcePolicy = OptionalPolicy(root, "resourcePolicy", PolicyKind.ResourceBased),
            PermissionsBoundary = OptionalPolicy(root, "permissionsBoundary", PolicyKind.Identity),
            Scps = Levels(root, "scps", PolicyKind.Identity),
            Rcps = Levels(root, "rcps", PolicyKind.ResourceBased),
            SessionPolicy = OptionalPolicy(root, "sessionPolicy", PolicyKind.Identity),
        };
    }

    private static string RequiredString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FormatException($"\"{name}\" must be a string");

    private static string? OptionalString(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new FormatException($"\"{name}\" must be a string or null");
    }

    private static Dictionary<string, IReadOnlyList<string>> Context(JsonElement root)
    {
        var context = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        if (!root.TryGetProperty("context", out var element) || element.ValueKind == JsonValueKind.Null) return context;
        if (element.ValueKind != JsonValueKind.Object) throw new FormatException("\"context\" must be an object");
        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array)
            {
                var values = new List<string>(property.Value.GetArrayLength());
                foreach (var item in property.Value.EnumerateArray()) values.Add(Scalar(item, property.Name));
                context[property.Name] = values;
            }
            else
            {
                context[property.Name] = [Scalar(property.Value, property.Name)];
            }
        }

        return context;
    }

    private static string Scalar(JsonElement element, string key) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.Number => element.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => throw new FormatException($"context key \"{key}\" must hold a string, number, boolean or an array of them"),
    };

    private Policy? OptionalPolicy(JsonElement root, string name, PolicyKind kind) =>
        root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? Compile(value, name, kind) : null;

    private List<Policy>? Policies(JsonElement root, string name, string label, PolicyKind kind)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return PolicyList(value, label, kind);
    }

    private List<Policy> PolicyList(JsonElement value, string label, PolicyKind kind)
    {
        if (value.ValueKind != JsonValueKind.Array) throw new FormatException($"\"{label}\" must be an array of policies");
        var policies = new List<Policy>(value.GetArrayLength());
        var i = 0;
        foreach (var item in value.EnumerateArray()) policies.Add(Compile(item, $"{label}[{i++}]", kind));
        return policies;
    }

    private List<IReadOnlyList<Policy>>? Levels(JsonElement root, string name, PolicyKind kind)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.Array) throw new FormatException($"\"{name}\" must be an array of levels (arrays of policies)");
        var levels = new List<IReadOnlyList<Policy>>(value.GetArrayLength());
        var l = 0;
        foreach (var level in value.EnumerateArray()) levels.Add(PolicyList(level, $"{name}[{l++}]", kind));
        return levels;
    }

    private Policy Compile(JsonElement element, string label, PolicyKind kind)
    {
        var text = element.GetRawText();
        if (_cache.TryGetValue((text, kind), out var cached)) return cached;
        var policy = Policy.Parse(element, label, kind);
        if (_cache.Count >= CacheLimit) _cache.Clear();
        _cache[(text, kind)] = policy;
        return policy;
    }
}
