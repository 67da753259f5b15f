namespace Vigil.Core.Responsibilities;

/// <summary>A third-party report or attestation a customer can obtain (mostly from AWS Artifact) as evidence of AWS's side.</summary>
public sealed record EvidenceReport(string Id, string Name, string Description);
