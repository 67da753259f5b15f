namespace Vigil.Aws.Collection;

/// <summary>Progress of a live collection: a collector finished in a region.</summary>
public sealed record CollectionStep(int Completed, int Total, string Service, string Region);
