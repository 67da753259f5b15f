namespace Vigil.Aws.Models;

/// <summary>The single endpoint of a service that is not regionalised in a partition, and the region to sign for.</summary>
public sealed record GlobalEndpoint(string Hostname, string SigningRegion);
