using Vigil.Core.Findings;
using Vigil.Reports.Tests.Fixtures;
using Vigil.Testing;

namespace Vigil.Reports.Tests;

/// <summary>Writers stream: a large report reaches the output in many bounded writes instead of one string built in memory.</summary>
public sealed class StreamingTests
{
    public static TheoryData<string> Formats() => [.. ReportWriters.All.Where(w => w.Format != "table" && w.Format != "markdown").Select(w => w.Format)];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Write_LargeScan_ReachesTheStreamInBoundedWrites(string format)
    {
        var golden = GoldenScan.Input();
        var check = golden.Listed[0].Check;
        var findings = Enumerable.Range(0, 10_000).Select(i => new Finding(check, TestResources.Bucket($"bucket-{i:00000}"), FindingStatus.Fail, $"bucket-{i:00000} is public.")).ToList();
        var input = new ReportInput(golden.Result with { Findings = findings }, findings, golden.Frameworks, ReportStyle.Plain);
        var output = new WriteRecordingStream();

        await ReportWriters.Find(format)!.WriteAsync(input, output, CancellationToken.None);

        Assert.True(output.Length > 1_000_000, $"{output.Length} bytes");
        Assert.True(output.LargestWrite <= 1 << 20, $"largest single write {output.LargestWrite} bytes");
        Assert.True(output.FlushedBeforeEnd, "nothing reached the stream before the end");
    }

    /// <summary>Counts bytes and remembers the largest write, keeping nothing.</summary>
    private sealed class WriteRecordingStream : Stream
    {
        private long _length;

        public int LargestWrite { get; private set; }
        public bool FlushedBeforeEnd => _writes > 2;
        private int _writes;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _writes++;
            _length += buffer.Length;
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer.AsSpan(offset, count));
            return Task.CompletedTask;
        }
    }
}
