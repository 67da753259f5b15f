namespace Vigil.Importers.CloudFormation.Syntax;

internal sealed record TemplateList(IReadOnlyList<TemplateNode> Items, int Line) : TemplateNode(Line);
