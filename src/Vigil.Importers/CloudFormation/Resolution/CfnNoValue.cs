namespace Vigil.Importers.CloudFormation.Resolution;

/// <summary>AWS::NoValue: the property is removed as if it had not been written.</summary>
internal sealed record CfnNoValue : CfnValue
{
    public static readonly CfnNoValue Instance = new();
}
