namespace Vigil.Importers.CloudFormation.Syntax;

/// <summary>A node of a parsed template, JSON or YAML alike, with the 1-based line it starts on. Short-form YAML
/// tags (<c>!Ref X</c>) are already rewritten to their long form (<c>{Ref: X}</c>).</summary>
internal abstract record TemplateNode(int Line);
