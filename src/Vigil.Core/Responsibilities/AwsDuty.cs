namespace Vigil.Core.Responsibilities;

/// <summary>Something AWS secures for a service, beyond the duties it carries for every service.</summary>
public sealed record AwsDuty(string Id, string Text);
