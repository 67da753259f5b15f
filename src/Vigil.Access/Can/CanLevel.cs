namespace Vigil.Access.Can;

/// <summary>The allowed actions of one access level of one service.</summary>
public sealed record CanLevel(string Level, IReadOnlyList<CanAction> Actions);
