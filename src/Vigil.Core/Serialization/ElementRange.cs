namespace Vigil.Core.Serialization;

/// <summary>Consecutive elements of one resource array, by absolute byte offset and length, parsed as one unit of work;
/// <see cref="Parsed"/> holds them once parsed (each range is written by the one thread that parses it).</summary>
internal sealed class ElementRange(ResourceListReader list, (int Start, int Length)[] elements)
{
    public ResourceListReader List { get; } = list;

    public (int Start, int Length)[] Elements { get; } = elements;

    public Array? Parsed { get; set; }
}
