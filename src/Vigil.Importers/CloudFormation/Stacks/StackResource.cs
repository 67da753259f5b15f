using Vigil.Importers.CloudFormation.Syntax;

namespace Vigil.Importers.CloudFormation.Stacks;

/// <summary>One entry of a template's Resources section, before its intrinsic functions run.</summary>
internal sealed record StackResource(string LogicalId, string Type, int Line, TemplateMap Properties, string? Condition, int ConditionLine)
{
    public IReadOnlyList<(string Name, int Line)> DependsOn { get; init; } = [];
}
