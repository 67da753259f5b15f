namespace Vigil.Importers.CloudFormation.Syntax;

/// <summary>A mapping, its keys in the order written.</summary>
internal sealed record TemplateMap(IReadOnlyList<TemplateEntry> Entries, int Line) : TemplateNode(Line)
{
    public TemplateEntry? Entry(string key) => Entries.FirstOrDefault(e => e.Key == key);

    public TemplateNode? this[string key] => Entry(key)?.Value;
}
