using Vigil.Iam.Policies;

namespace Vigil.Iam.Evaluation;

/// <summary>A statement that applied to the request, with the label of its policy.</summary>
internal readonly record struct StatementHit(string Policy, Statement Statement);
