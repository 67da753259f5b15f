using System.Globalization;
using Vigil.Core.Model;
using Vigil.Importers.CloudFormation.Identity;
using Vigil.Importers.CloudFormation.Resolution;
using Vigil.Importers.CloudFormation.Stacks;

namespace Vigil.Importers.CloudFormation.Mapping;

/// <summary>One declared resource with its resolved properties, read by a mapper. Each read of a value that is only
/// known at deployment records the record property it feeds as unknown, with the template path and the reason.</summary>
internal sealed class MappedResource(StackResource declaration, ResourceIdentity identity, CfnMap properties, SourceLocation location, string account, string region)
{
    private readonly Dictionary<string, string> _unknowns = new(StringComparer.Ordinal);

    public StackResource Declaration => declaration;
    public string LogicalId => declaration.LogicalId;
    public ResourceIdentity Identity => identity;
    public string Arn => identity.Arn;
    public string Name => identity.Name;
    public string Account => account;
    public string Region => region;
    public SourceLocation Location => location;
    public CfnMap Properties => properties;

    /// <summary>Set when the resource's Condition is known only at deployment: why it may not be created.</summary>
    public string? UncertainCreation { get; init; }

    /// <summary>Record property → why it cannot be known, in the order found.</summary>
    public IReadOnlyDictionary<string, string> Unknowns => _unknowns;

    /// <summary>The value at a dotted path ("VersioningConfiguration.Status"), or null when it is not written.</summary>
    public CfnValue? Value(string path) => PathIn(properties, path);

    public static CfnValue? PathIn(CfnValue? root, string path)
    {
        var value = root;
        foreach (var key in path.Split('.'))
        {
            value = value switch
            {
                CfnMap map => map[key],
                CfnUnknown unknown => unknown,
                _ => null,
            };
            if (value is null) return null;
        }
        return value;
    }

    /// <summary>True when the value at <paramref name="path"/> is absent or fully known; otherwise marks
    /// <paramref name="recordProperty"/> unknown.</summary>
    public bool Known(string recordProperty, string path) => Known(recordProperty, path, Value(path));

    public bool Known(string recordProperty, string path, CfnValue? value)
    {
        if (value is null || CfnValues.FirstUnknown(value, path) is not { } unknown) return true;
        MarkUnknown(recordProperty, $"{unknown.Path} is {unknown.Reason}");
        return false;
    }

    public void MarkUnknown(string recordProperty, string reason) => _unknowns.TryAdd(recordProperty, reason);

    public string? String(string recordProperty, string path) =>
        Known(recordProperty, path) && Value(path) is CfnString s ? s.Value : null;

    public bool? Bool(string recordProperty, string path) => String(recordProperty, path) is { } text
        ? text.Equals("true", StringComparison.OrdinalIgnoreCase)
        : null;

    public int? Int(string recordProperty, string path) =>
        String(recordProperty, path) is { } text && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>A list of strings (a single string counts as a list of one); empty when not written or unknown.</summary>
    public IReadOnlyList<string> Strings(string recordProperty, string path) =>
        Known(recordProperty, path) ? StringsOf(Value(path)) : [];

    public static IReadOnlyList<string> StringsOf(CfnValue? value) => value switch
    {
        CfnList list => list.Items.OfType<CfnString>().Select(s => s.Value).ToList(),
        CfnString s => [s.Value],
        _ => [],
    };

    /// <summary>A policy document (a map, or JSON already written as a string), or null when not written or unknown.</summary>
    public string? Json(string recordProperty, string path)
    {
        if (!Known(recordProperty, path)) return null;
        return Value(path) switch
        {
            null => null,
            CfnString text => text.Value,
            var value => CfnValues.ToJson(value),
        };
    }

    /// <summary>The Tags property ([{Key, Value}]); tags whose key or value are unknown mark Tags unknown.</summary>
    public IReadOnlyDictionary<string, string> Tags(string path = "Tags")
    {
        if (!Known("Tags", path)) return new Dictionary<string, string>();
        return Value(path) switch
        {
            CfnList list => list.Items.OfType<CfnMap>()
                .Where(t => t["Key"] is CfnString && t["Value"] is CfnString)
                .GroupBy(t => ((CfnString)t["Key"]!).Value)
                .ToDictionary(g => g.Key, g => ((CfnString)g.Last()["Value"]!).Value),
            CfnMap map => map.Entries.Where(e => e.Value is CfnString).ToDictionary(e => e.Key, e => ((CfnString)e.Value).Value),
            _ => new Dictionary<string, string>(),
        };
    }
}
