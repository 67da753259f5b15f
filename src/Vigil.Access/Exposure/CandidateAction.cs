using Vigil.Iam.Catalog;

namespace Vigil.Access.Exposure;

/// <summary>An action of the catalog that a statement may grant on a target, with the target type it acts on.</summary>
public sealed record CandidateAction(IamAction Action, ExposureTargetType Type);
