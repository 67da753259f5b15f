using System.Text;
using Vigil.Core.Serialization;

namespace Vigil.Core.Tests.Serialization;

/// <summary>The extent scanner finds where a value ends, 64 bytes at a time: whatever the strings hold (escaped quotes,
/// runs of backslashes, brackets, slashes) and wherever they fall against the blocks, and with comments between values.</summary>
public sealed class JsonExtentScannerTests
{
    private static readonly string[] Pieces = ["a", "xyz", "\\\"", "\\\\", "\\\\\\\"", "\\\\\\\\", "{", "}", "[", "]", "/", "//", "/*", "\\u0041", "é", " ", ",", ":"];

    [Fact]
    public void RandomValues_EndWhereTheyEnd()
    {
        var random = new Random(20261206);
        for (var sample = 0; sample < 3000; sample++)
        {
            var text = new StringBuilder();
            Value(text, random, depth: 0, comments: sample % 3 == 0);
            var value = text.ToString();
            Assert.Equal(Encoding.UTF8.GetByteCount(value), EndOf(value + "  , 1"));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void BackslashRuns_AcrossABlockBoundary_EscapeWhatTheyEscape(int shift)
    {
        for (var run = 1; run <= 6; run++)
        {
            // the string's backslashes end at or around byte 63, so the byte they may escape opens the next block
            var padding = new string('p', 60 - run + shift);
            var escapes = new string('\\', run);
            var value = run % 2 == 0
                ? $$"""{"k":"{{padding}}{{escapes}}","n":[1,{"x":"]"}]}"""
                : $$"""{"k":"{{padding}}{{escapes}}","n":[1,{"x":"]"}]}""".Replace(escapes + "\"", escapes + "\"\"", StringComparison.Ordinal);
            Assert.Equal(Encoding.UTF8.GetByteCount(value), EndOf(value + " ]"));
        }
    }

    [Fact]
    public void BlockMasks_AreTheSame_SixteenBytesAtATime()
    {
        var random = new Random(7);
        var alphabet = "\"\\{}[]/ax {"u8.ToArray();
        var block = new byte[JsonBlockMasks.Size];
        for (var sample = 0; sample < 2000; sample++)
        {
            for (var i = 0; i < block.Length; i++) block[i] = random.Next(4) == 0 ? (byte)random.Next(256) : alphabet[random.Next(alphabet.Length)];
            Assert.Equal(JsonBlockMasks.OfEach128(block), JsonBlockMasks.Of(block));
            Assert.Equal((ulong)block.Select((b, i) => b == (byte)'"' ? 1L << i : 0).Sum(), JsonBlockMasks.Of(block).Quotes);
        }
    }

    private static int EndOf(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var scanner = new JsonExtentScanner(ContentBuffer.Start(new MemoryStream(bytes), bytes.Length, CancellationToken.None), CancellationToken.None);
        Assert.Equal(0, scanner.SkipValue());
        return scanner.Position;
    }

    private static void Value(StringBuilder text, Random random, int depth, bool comments)
    {
        switch (depth > 4 ? random.Next(2) : random.Next(5))
        {
            case 0:
                text.Append('"');
                for (var i = random.Next(40); i > 0; i--) text.Append(Pieces[random.Next(Pieces.Length)]);
                text.Append('"');
                break;
            case 1:
                text.Append(random.Next(3) switch { 0 => "true", 1 => "-12.5e3", _ => "null" });
                break;
            case 2 or 3:
                text.Append('{');
                var members = random.Next(6);
                for (var i = 0; i < members; i++)
                {
                    if (i > 0) text.Append(',');
                    Gap(text, random, comments);
                    text.Append("\"k").Append(i).Append("\":");
                    Gap(text, random, comments);
                    Value(text, random, depth + 1, comments);
                }
                text.Append('}');
                break;
            default:
                text.Append('[');
                var items = random.Next(6);
                for (var i = 0; i < items; i++)
                {
                    if (i > 0) text.Append(',');
                    Gap(text, random, comments);
                    Value(text, random, depth + 1, comments);
                }
                text.Append(']');
                break;
        }
    }

    private static void Gap(StringBuilder text, Random random, bool comments)
    {
        text.Append(' ', random.Next(3));
        if (comments && random.Next(8) == 0) text.Append(random.Next(2) == 0 ? "/* a } comment \" */" : "// a ] comment\n");
    }
}
