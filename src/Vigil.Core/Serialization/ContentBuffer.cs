namespace Vigil.Core.Serialization;

/// <summary>A document of known size read into memory by a background task, usable while it is still
/// arriving: readers wait for the bytes they need. <see cref="Completion"/> faults when the source ends early,
/// holds more than announced, or is damaged.</summary>
internal sealed class ContentBuffer
{
    private const int ChunkSize = 1 << 20;

    private readonly object _gate = new();
    private int _filled;

    private ContentBuffer(int size)
    {
        Bytes = new byte[size];
    }

    public byte[] Bytes { get; }

    public int Size => Bytes.Length;

    public Task Completion { get; private set; } = Task.CompletedTask;

    public static ContentBuffer Start(Stream source, int size, CancellationToken cancellationToken)
    {
        var buffer = new ContentBuffer(size);
        buffer.Completion = Task.Run(() => buffer.Fill(source, cancellationToken), cancellationToken);
        return buffer;
    }

    /// <summary>Blocks until at least <paramref name="bytes"/> bytes (or everything) have arrived; returns how many have.</summary>
    public int WaitFor(int bytes, CancellationToken cancellationToken)
    {
        bytes = Math.Min(bytes, Size);
        while (true)
        {
            var filled = Volatile.Read(ref _filled);
            if (filled >= bytes) return filled;
            if (Completion.IsFaulted || Completion.IsCanceled) Completion.GetAwaiter().GetResult();
            cancellationToken.ThrowIfCancellationRequested();
            lock (_gate)
            {
                if (Volatile.Read(ref _filled) < bytes && !Completion.IsCompleted) Monitor.Wait(_gate, 10);
            }
        }
    }

    private void Fill(Stream source, CancellationToken cancellationToken)
    {
        try
        {
            var filled = 0;
            while (filled < Size)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var read = source.Read(Bytes, filled, Math.Min(ChunkSize, Size - filled));
                if (read == 0) throw new EndOfStreamException("The content ends before its announced size.");
                filled += read;
                Volatile.Write(ref _filled, filled);
                Signal();
            }
            if (source.Read(new byte[1], 0, 1) != 0) throw new InvalidDataException("The content is longer than its announced size.");
        }
        finally
        {
            Signal();
        }
    }

    private void Signal()
    {
        lock (_gate) Monitor.PulseAll(_gate);
    }
}
