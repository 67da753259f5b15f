namespace Vigil.Core.Engine;

public sealed record AccountSummary(string Id, string Name);
