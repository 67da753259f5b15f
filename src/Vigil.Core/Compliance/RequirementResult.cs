using Vigil.Core.Findings;
using Vigil.Core.Frameworks;

namespace Vigil.Core.Compliance;

/// <summary>One requirement's verdict: <see cref="FindingStatus.Fail"/> if a supporting finding failed, else
/// <see cref="FindingStatus.Error"/> if one could not be assessed, else <see cref="FindingStatus.Manual"/> if one
/// needs a person's attestation, else <see cref="FindingStatus.Pass"/> when it has checks, else manual. Muted findings
/// never decide a verdict. <see cref="Evaluated"/> is false when none of its checks were selected for the scan.</summary>
public sealed record RequirementResult(
    FrameworkRequirement Requirement,
    FindingStatus Status,
    bool Evaluated,
    IReadOnlyList<string> EvaluatedChecks,
    StatusCounts Findings);
