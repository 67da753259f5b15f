namespace Vigil.Access.Exposure;

/// <summary>The callers every exposure analysis of one account's resources asks about: an unauthenticated one, and a
/// role session of <see cref="StrangerAccount"/>.</summary>
public sealed record ProbeCallers(ProbeCaller Anonymous, string StrangerAccount, ProbeCaller Stranger);
