using System.Text.Json;
using Vigil.Core.Serialization;

namespace Vigil.Core.Frameworks;

/// <summary>The frameworks embedded from data/frameworks, with an index from check id to requirement ids.</summary>
public sealed class FrameworkCatalog
{
    private readonly Dictionary<string, Dictionary<string, List<string>>> _byCheck = new(StringComparer.Ordinal);

    public FrameworkCatalog(IReadOnlyList<Framework> frameworks)
    {
        Frameworks = frameworks;
        foreach (var framework in frameworks)
        {
            foreach (var requirement in framework.Requirements)
            {
                foreach (var checkId in requirement.Checks)
                {
                    if (!_byCheck.TryGetValue(checkId, out var map)) _byCheck[checkId] = map = new(StringComparer.Ordinal);
                    if (!map.TryGetValue(framework.Id, out var ids)) map[framework.Id] = ids = [];
                    ids.Add(requirement.Id);
                }
            }
        }
    }

    public IReadOnlyList<Framework> Frameworks { get; }

    public Framework? Find(string id) => Frameworks.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>Framework id → requirement ids that a check supports, frameworks in catalog order.</summary>
    public IReadOnlyDictionary<string, List<string>> RequirementsOf(string checkId) =>
        _byCheck.TryGetValue(checkId, out var map) ? map : Empty;

    private static readonly Dictionary<string, List<string>> Empty = [];

    private static readonly Lazy<FrameworkCatalog> Embedded = new(LoadEmbedded);

    public static FrameworkCatalog BuiltIn => Embedded.Value;

    private static FrameworkCatalog LoadEmbedded()
    {
        var assembly = typeof(FrameworkCatalog).Assembly;
        var names = assembly.GetManifestResourceNames().Order(StringComparer.Ordinal).ToList();
        var frameworks = new List<Framework>();
        foreach (var name in names.Where(n => n.StartsWith("frameworks/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            frameworks.Add(JsonSerializer.Deserialize(stream, VigilJsonContext.Default.Framework)
                ?? throw new InvalidDataException($"Embedded framework {name} is empty."));
        }
        var mappings = new List<FrameworkMapping>();
        foreach (var name in names.Where(n => n.StartsWith("mappings/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            mappings.AddRange(FrameworkMappings.Parse(reader, "data/frameworks/" + name));
        }
        return new FrameworkCatalog(FrameworkMappings.Apply(frameworks, mappings));
    }
}
