using Vigil.Importers.CloudFormation.Resolution;

namespace Vigil.Importers.CloudFormation.Stacks;

/// <summary>A resource the stack creates (its condition is not false), with its properties resolved.</summary>
internal sealed record ResolvedResource(StackResource Declaration, CfnMap Properties);
