namespace Vigil.Core.Serialization;

/// <summary>A loaded snapshot lives until the scan ends, and a large one is most of the heap. While it was read, the
/// collector sized its old generation from the part read so far; left so, it runs full collections during evaluation
/// that find the whole snapshot alive again (over a second at a million resources). One full collection now, which
/// promotes in place rather than copying, sizes the old generation from the real snapshot.</summary>
internal static class LongLived
{
    private const long LargeHeapBytes = 256L << 20;

    public static T Settle<T>(T value)
    {
        if (GC.GetTotalMemory(forceFullCollection: false) >= LargeHeapBytes)
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
        return value;
    }
}
