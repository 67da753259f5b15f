namespace Vigil.Importers.CloudFormation.Resolution;

/// <summary>A known scalar; numbers and booleans keep the text they were written with.</summary>
internal sealed record CfnString(string Value) : CfnValue;
