using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Vigil.Core.Suppressions;

/// <summary>Reads a YAML mute file:
/// <code>
/// rules:
///   - checks: [s3-bucket-*]          # check id patterns
///     resources: ["arn:aws:s3:::legacy-*"]
///     accounts: ["111122223333"]
///     regions: [eu-west-1]
///     tags: {environment: sandbox}
///     reason: Sandbox buckets hold no customer data
///     expires: 2027-03-31
/// </code></summary>
public static class MuteFile
{
    private static readonly HashSet<string> RuleKeys = ["checks", "resources", "accounts", "regions", "tags", "reason", "expires"];

    public static MuteSet Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new VigilInputException($"{path}: cannot read the mute file: {e.Message}");
        }
        return Parse(text, path);
    }

    public static MuteSet Parse(string text, string source)
    {
        var yaml = new YamlStream();
        try
        {
            yaml.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new VigilInputException($"{source}: line {e.Start.Line}: not valid YAML: {e.Message}");
        }
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
            throw new VigilInputException($"{source}: expected a mapping with a 'rules' list.");
        if (!root.Children.TryGetValue(new YamlScalarNode("rules"), out var rulesNode) || rulesNode is not YamlSequenceNode rules)
            throw new VigilInputException($"{source}: expected a top-level 'rules' list.");

        var parsed = new List<MuteRule>();
        foreach (var node in rules.Children)
        {
            parsed.Add(ParseRule(node, source, parsed.Count + 1));
        }
        return new MuteSet(parsed, source);
    }

    private static MuteRule ParseRule(YamlNode node, string source, int number)
    {
        var where = $"{source}: line {node.Start.Line}: rule {number}";
        if (node is not YamlMappingNode map) throw new VigilInputException($"{where}: expected a mapping.");
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!RuleKeys.Contains(name))
                throw new VigilInputException($"{where}: unknown key '{name}' (expected one of {string.Join(", ", RuleKeys)}).");
        }

        var reason = Scalar(map, "reason", where);
        if (string.IsNullOrWhiteSpace(reason)) throw new VigilInputException($"{where}: every rule needs a 'reason'.");

        DateOnly? expires = null;
        var expiresText = Scalar(map, "expires", where);
        if (expiresText is not null)
        {
            if (!DateOnly.TryParseExact(expiresText, "yyyy-MM-dd", out var date))
                throw new VigilInputException($"{where}: 'expires' must be a date like 2027-03-31, not '{expiresText}'.");
            expires = date;
        }

        var rule = new MuteRule
        {
            Checks = List(map, "checks", where),
            Resources = List(map, "resources", where),
            Accounts = List(map, "accounts", where),
            Regions = List(map, "regions", where),
            Tags = Tags(map, where),
            Reason = reason,
            Expires = expires,
        };
        if (rule.Checks.Count + rule.Resources.Count + rule.Accounts.Count + rule.Regions.Count + rule.Tags.Count == 0)
            throw new VigilInputException($"{where}: a rule must name at least one of checks, resources, accounts, regions or tags.");
        return rule;
    }

    private static string? Scalar(YamlMappingNode map, string key, string where)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node)) return null;
        return node is YamlScalarNode scalar ? scalar.Value : throw new VigilInputException($"{where}: '{key}' must be a single value.");
    }

    private static List<string> List(YamlMappingNode map, string key, string where)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node)) return [];
        return node switch
        {
            YamlScalarNode scalar => [scalar.Value ?? ""],
            YamlSequenceNode sequence => sequence.Children.Select(c => c is YamlScalarNode s ? s.Value ?? ""
                : throw new VigilInputException($"{where}: '{key}' must be a list of strings.")).ToList(),
            _ => throw new VigilInputException($"{where}: '{key}' must be a list of strings."),
        };
    }

    private static Dictionary<string, string> Tags(YamlMappingNode map, string where)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode("tags"), out var node)) return [];
        if (node is not YamlMappingNode tags) throw new VigilInputException($"{where}: 'tags' must be a mapping of tag key to value pattern.");
        return tags.Children.ToDictionary(
            kv => (kv.Key as YamlScalarNode)?.Value ?? "",
            kv => (kv.Value as YamlScalarNode)?.Value ?? throw new VigilInputException($"{where}: tag values must be strings."));
    }
}
