namespace Vigil.Demo;

/// <summary>A deliberate misconfiguration in the demo estate: the check that must fail on the resource, and why.</summary>
public sealed record DemoWeakness(string CheckId, string ResourceArn, string Description);
