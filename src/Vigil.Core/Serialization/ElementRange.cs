namespace Vigil.Core.Serialization;

/// <summary>Consecutive elements of one resource array, by absolute byte offset and length, parsed as one unit of work.</summary>
internal sealed record ElementRange(ResourceListReader List, int Index, (int Start, int Length)[] Elements);
