namespace Vigil.Importers.CloudFormation.Syntax;

/// <summary>Parses a template's text, JSON when it starts with a brace, YAML otherwise.</summary>
internal static class TemplateReader
{
    public static TemplateNode Read(string path, string text)
    {
        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return trimmed.StartsWith('{') ? JsonTemplateReader.Read(path, text.TrimStart('\uFEFF')) : YamlTemplateReader.Read(path, text);
    }
}
