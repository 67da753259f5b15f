namespace Vigil.Importers.CloudFormation.Stacks;

/// <summary>One entry of a template's Parameters section.</summary>
internal sealed record ParameterDeclaration(string Name, int Line, string Type, string? Default, IReadOnlyList<string>? AllowedValues)
{
    /// <summary>List&lt;...&gt; and CommaDelimitedList parameters are lists of strings.</summary>
    public bool IsList => Type == "CommaDelimitedList" || Type.StartsWith("List<", StringComparison.Ordinal);

    /// <summary>AWS::SSM::Parameter::Value&lt;...&gt; parameters name a Systems Manager parameter read at deployment.</summary>
    public bool IsSsmValue => Type.StartsWith("AWS::SSM::Parameter::Value<", StringComparison.Ordinal);
}
