using Vigil.Core.Checks;

namespace Vigil.Core.Findings;

/// <summary>What few findings carry: a subject that is not an inventoried resource, or a suppression. Kept apart so
/// that the millions of ordinary findings of a large scan stay small.</summary>
internal sealed record FindingDetails(ResourceRef? Subject, string? Message, CheckContext? Context, FindingStatus? UnmutedStatus, MuteDecision? Mute);
