using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Vigil.Importers.CloudFormation.Syntax;

/// <summary>Reads a YAML template into <see cref="TemplateNode"/>s with the line of every node, turning the
/// short-form tags (<c>!Ref</c>, <c>!Sub</c>, <c>!GetAtt</c>, ...) into their long forms.</summary>
internal static class YamlTemplateReader
{
    private static readonly HashSet<string> NullWords = ["", "~", "null", "Null", "NULL"];

    public static TemplateNode Read(string path, string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var reason = (e.InnerException?.Message ?? e.Message).Replace(Environment.NewLine, " ", StringComparison.Ordinal);
            throw TemplateSyntaxError.At(path, (int)e.Start.Line, $"not valid YAML: {reason}");
        }
        if (stream.Documents.Count == 0) throw TemplateSyntaxError.At(path, 1, "the template is empty.");
        if (stream.Documents.Count > 1) throw TemplateSyntaxError.At(path, (int)stream.Documents[1].RootNode.Start.Line, "a template holds one YAML document, this file holds several.");
        return Convert(stream.Documents[0].RootNode, path);
    }

    private static TemplateNode Convert(YamlNode node, string path)
    {
        var line = (int)node.Start.Line;
        var plain = node switch
        {
            YamlMappingNode map => (TemplateNode)ConvertMap(map, path),
            YamlSequenceNode list => new TemplateList(list.Children.Select(c => Convert(c, path)).ToList(), line),
            YamlScalarNode scalar => ConvertScalar(scalar, line),
            _ => throw TemplateSyntaxError.At(path, line, "unsupported YAML node."),
        };
        if (node.Tag.IsEmpty || node.Tag.IsNonSpecific || !node.Tag.Value.StartsWith('!')) return plain;
        var key = ShortFormTags.KeyOf(node.Tag.Value)
            ?? throw TemplateSyntaxError.At(path, line, $"unknown tag {node.Tag.Value} (not a CloudFormation intrinsic function).");
        return new TemplateMap([new TemplateEntry(key, line, plain)], line);
    }

    private static TemplateMap ConvertMap(YamlMappingNode map, string path)
    {
        var entries = new List<TemplateEntry>(map.Children.Count);
        foreach (var (keyNode, value) in map.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
                throw TemplateSyntaxError.At(path, (int)keyNode.Start.Line, "a mapping key must be a plain string.");
            entries.Add(new TemplateEntry(key, (int)keyNode.Start.Line, Convert(value, path)));
        }
        return new TemplateMap(entries, (int)map.Start.Line);
    }

    private static TemplateScalar ConvertScalar(YamlScalarNode scalar, int line)
    {
        var isNull = scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty && NullWords.Contains(scalar.Value ?? "");
        return new TemplateScalar(isNull ? null : scalar.Value ?? "", line);
    }
}
