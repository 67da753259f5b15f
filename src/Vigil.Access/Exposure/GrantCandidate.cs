namespace Vigil.Access.Exposure;

/// <summary>A caller put to the engine for one statement: who it stands for, and its label when the principal alone
/// decides it (a named account); null when the statement's conditions decide it (an open statement, a service).</summary>
public sealed record GrantCandidate(ProbeCaller Caller, ReachedBy ReachedBy, string Who, string? Account, ExposureLabel? Label);
