namespace Vigil.Importers.CloudFormation.Syntax;

/// <summary>A string, number or boolean as written (numbers and booleans keep their text); null for a null.</summary>
internal sealed record TemplateScalar(string? Value, int Line) : TemplateNode(Line);
