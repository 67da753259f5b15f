namespace Vigil.Core.Frameworks;

/// <summary>Check-to-requirement mappings kept beside the framework definitions, one file per service
/// (data/frameworks/mappings/SERVICE.tsv): lines "CHECK-ID &lt;tab&gt; FRAMEWORK-ID &lt;tab&gt; REQUIREMENT-ID",
/// blank lines and lines starting with # ignored.</summary>
public static class FrameworkMappings
{
    public static IEnumerable<FrameworkMapping> Parse(TextReader reader, string source)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var fields = line.Split('\t');
            if (fields.Length != 3 || fields.Any(f => f.Length == 0 || f != f.Trim()))
                throw new InvalidDataException($"{source}: line {number}: expected CHECK-ID, FRAMEWORK-ID and REQUIREMENT-ID separated by single tabs.");
            yield return new FrameworkMapping(fields[0], fields[1], fields[2], source, number);
        }
    }

    /// <summary>The frameworks with each mapped check added to its requirement; a mapping to an unknown
    /// framework or requirement is an error naming the file and line.</summary>
    public static IReadOnlyList<Framework> Apply(IReadOnlyList<Framework> frameworks, IEnumerable<FrameworkMapping> mappings)
    {
        var added = new Dictionary<(string Framework, string Requirement), List<string>>();
        var known = frameworks.SelectMany(f => f.Requirements.Select(r => (f.Id, r.Id))).ToHashSet();
        foreach (var mapping in mappings)
        {
            var key = (mapping.FrameworkId, mapping.RequirementId);
            if (!known.Contains(key))
                throw new InvalidDataException($"{mapping.Source}: line {mapping.Line}: framework {mapping.FrameworkId} has no requirement {mapping.RequirementId}.");
            if (!added.TryGetValue(key, out var checks)) added[key] = checks = [];
            if (!checks.Contains(mapping.CheckId)) checks.Add(mapping.CheckId);
        }
        return frameworks.Select(f => f with
        {
            Requirements = f.Requirements.Select(r => added.TryGetValue((f.Id, r.Id), out var checks)
                ? r with { Checks = r.Checks.Concat(checks.Where(c => !r.Checks.Contains(c))).Order(StringComparer.Ordinal).ToList() }
                : r).ToList(),
        }).ToList();
    }
}
