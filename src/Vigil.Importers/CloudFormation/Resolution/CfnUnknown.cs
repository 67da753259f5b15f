namespace Vigil.Importers.CloudFormation.Resolution;

/// <summary>A value only known after deployment. <see cref="Reason"/> completes "X is ...", e.g.
/// "the parameter KeyArn, which has no value".</summary>
internal sealed record CfnUnknown(string Reason) : CfnValue;
