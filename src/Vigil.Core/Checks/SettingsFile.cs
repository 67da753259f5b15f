using System.Reflection;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Vigil.Core.Checks;

/// <summary>Reads check thresholds from YAML: top-level keys are the camelCase names of <see cref="CheckSettings"/>
/// properties (accessKeyMaxAgeDays: 60, highRiskPorts: [22, 3389], ...). Unset keys keep their defaults.</summary>
public static class SettingsFile
{
    private static readonly Dictionary<string, PropertyInfo> Properties = typeof(CheckSettings)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite)
        .ToDictionary(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..], StringComparer.Ordinal);

    public static IEnumerable<(string Key, object? Default)> Keys =>
        Properties.Select(p => (p.Key, p.Value.GetValue(CheckSettings.Default)));

    public static CheckSettings Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new VigilInputException($"{path}: cannot read the settings file: {e.Message}");
        }
        return Parse(text, path);
    }

    public static CheckSettings Parse(string text, string source)
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
        if (yaml.Documents.Count == 0) return CheckSettings.Default;
        if (yaml.Documents[0].RootNode is not YamlMappingNode root)
            throw new VigilInputException($"{source}: expected a mapping of setting names to values.");

        var settings = CheckSettings.Default with { };
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var where = $"{source}: line {keyNode.Start.Line}: '{key}'";
            if (!Properties.TryGetValue(key, out var property))
                throw new VigilInputException($"{where} is not a setting (known: {string.Join(", ", Properties.Keys.Order(StringComparer.Ordinal))}).");
            var value = Convert(valueNode, property.PropertyType, where);
            if (property.Name == nameof(CheckSettings.TrustedAccounts)) RequireAccountIds((IReadOnlyList<string>)value, where);
            if (property.Name == nameof(CheckSettings.AllowedRegions)) RequireRegionCodes((IReadOnlyList<string>)value, where);
            if (property.Name == nameof(CheckSettings.BackupCopyRequired)) RequireCopyKinds((IReadOnlyList<string>)value, where);
            property.SetValue(settings, value);
        }
        return settings;
    }

    private static void RequireAccountIds(IReadOnlyList<string> values, string where)
    {
        foreach (var value in values)
        {
            if (value.Length != 12 || !value.All(char.IsAsciiDigit))
                throw new VigilInputException($"{where}: '{value}' is not an AWS account id (12 digits).");
        }
    }

    /// <summary>Region codes as AWS writes them (eu-west-1, us-gov-west-1, ap-southeast-2): a typo would otherwise
    /// make every data store fail the residency checks.</summary>
    private static void RequireRegionCodes(IReadOnlyList<string> values, string where)
    {
        foreach (var value in values)
        {
            var parts = value.Split('-');
            if (parts.Length < 3 || !parts[^1].All(char.IsAsciiDigit) || parts[^1].Length == 0
                || !parts[..^1].All(p => p.Length > 0 && p.All(char.IsAsciiLetterLower)))
                throw new VigilInputException($"{where}: '{value}' is not an AWS region code (such as eu-west-1).");
        }
    }

    private static void RequireCopyKinds(IReadOnlyList<string> values, string where)
    {
        foreach (var value in values)
        {
            if (value is not (BackupCopyKinds.CrossRegion or BackupCopyKinds.CrossAccount))
                throw new VigilInputException($"{where}: '{value}' is not a kind of backup copy (cross-region, cross-account).");
        }
    }

    private static object Convert(YamlNode node, Type type, string where)
    {
        if (type == typeof(int))
            return node is YamlScalarNode s && int.TryParse(s.Value, out var n) && n >= 0 ? n : throw new VigilInputException($"{where} must be a whole number ≥ 0.");
        if (type == typeof(IReadOnlyList<int>))
            return Items(node, where).Select(v => int.TryParse(v, out var n) ? n : throw new VigilInputException($"{where} must be a list of whole numbers.")).ToList();
        if (type == typeof(IReadOnlyList<string>))
            return Items(node, where).ToList();
        throw new InvalidOperationException($"Setting type {type} has no YAML conversion.");
    }

    private static IEnumerable<string> Items(YamlNode node, string where) => node is YamlSequenceNode sequence
        ? sequence.Children.Select(c => (c as YamlScalarNode)?.Value ?? throw new VigilInputException($"{where} must be a list of values."))
        : throw new VigilInputException($"{where} must be a list.");
}
