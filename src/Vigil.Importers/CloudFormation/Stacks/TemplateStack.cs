using Vigil.Importers.CloudFormation.Syntax;

namespace Vigil.Importers.CloudFormation.Stacks;

/// <summary>The sections of one template file, checked for shape.</summary>
internal sealed record TemplateStack(
    string Path,
    IReadOnlyList<ParameterDeclaration> Parameters,
    TemplateMap Mappings,
    TemplateMap Conditions,
    IReadOnlyList<StackResource> Resources,
    TemplateMap Outputs)
{
    public StackResource? Resource(string logicalId) => Resources.FirstOrDefault(r => r.LogicalId == logicalId);

    public ParameterDeclaration? Parameter(string name) => Parameters.FirstOrDefault(p => p.Name == name);
}
