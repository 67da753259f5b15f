namespace Vigil.Importers.CloudFormation.Resolution;

/// <summary>A template value after the intrinsic functions ran: a string, list, map, an unknown (a value only known
/// after deployment, with the reason) or AWS::NoValue.</summary>
internal abstract record CfnValue;
