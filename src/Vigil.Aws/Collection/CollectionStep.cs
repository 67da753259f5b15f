namespace Vigil.Aws.Collection;

/// <summary>Progress of a live collection: a collector finished in a region (of <see cref="Account"/> when an
/// organization is read).</summary>
public sealed record CollectionStep(int Completed, int Total, string Service, string Region, string? Account = null);
