namespace Vigil.Importers.CloudFormation.Syntax;

/// <summary>One key of a mapping, with the line the key is written on.</summary>
internal sealed record TemplateEntry(string Key, int Line, TemplateNode Value);
