using System.Numerics;
using System.Runtime.Intrinsics;

namespace Vigil.Core.Serialization;

/// <summary>Where the bytes that matter to the structure of JSON stand in a block of 64 (bit i for byte i): quotes,
/// backslashes, opening and closing brackets, and slashes (which may start a comment).</summary>
internal readonly record struct JsonBlockMasks(ulong Quotes, ulong Backslashes, ulong Opens, ulong Closes, ulong Slashes)
{
    public const int Size = 64;

    public static JsonBlockMasks Of(ReadOnlySpan<byte> block)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            var low = Vector256.Create(block);
            var high = Vector256.Create(block[32..]);
            return new JsonBlockMasks(
                Equal(low, high, (byte)'"'), Equal(low, high, (byte)'\\'),
                // '{' and '[' differ only in bit 5, as do '}' and ']'
                Equal(low | Vector256.Create((byte)0x20), high | Vector256.Create((byte)0x20), (byte)'{'),
                Equal(low | Vector256.Create((byte)0x20), high | Vector256.Create((byte)0x20), (byte)'}'),
                Equal(low, high, (byte)'/'));
        }
        return OfEach128(block);
    }

    /// <summary>The same, sixteen bytes at a time (where 256-bit vectors are not accelerated).</summary>
    internal static JsonBlockMasks OfEach128(ReadOnlySpan<byte> block)
    {
        var quotes = 0UL;
        var backslashes = 0UL;
        var opens = 0UL;
        var closes = 0UL;
        var slashes = 0UL;
        for (var part = 0; part < Size; part += 16)
        {
            var bytes = Vector128.Create(block[part..]);
            var folded = bytes | Vector128.Create((byte)0x20);
            quotes |= (ulong)Vector128.Equals(bytes, Vector128.Create((byte)'"')).ExtractMostSignificantBits() << part;
            backslashes |= (ulong)Vector128.Equals(bytes, Vector128.Create((byte)'\\')).ExtractMostSignificantBits() << part;
            opens |= (ulong)Vector128.Equals(folded, Vector128.Create((byte)'{')).ExtractMostSignificantBits() << part;
            closes |= (ulong)Vector128.Equals(folded, Vector128.Create((byte)'}')).ExtractMostSignificantBits() << part;
            slashes |= (ulong)Vector128.Equals(bytes, Vector128.Create((byte)'/')).ExtractMostSignificantBits() << part;
        }
        return new JsonBlockMasks(quotes, backslashes, opens, closes, slashes);
    }

    /// <summary>The bytes escaped by a backslash: each backslash that is not itself escaped escapes the byte after it.
    /// <paramref name="carry"/> says on entry whether the block's first byte is escaped (a backslash ended the previous
    /// block), and on return whether the next block's is.</summary>
    public ulong Escaped(ref bool carry)
    {
        var escaped = carry ? 1UL : 0UL;
        var backslashes = Backslashes & ~escaped;
        carry = false;
        while (backslashes != 0)
        {
            var at = BitOperations.TrailingZeroCount(backslashes);
            if (at == Size - 1)
            {
                carry = true;
                break;
            }
            var next = 1UL << (at + 1);
            escaped |= next;
            backslashes &= ~next & (backslashes - 1);
        }
        return escaped;
    }

    /// <summary>Bit i set when byte i is inside a string (its opening quote included, its closing quote not), given the
    /// unescaped quotes and whether the block starts inside a string.</summary>
    public static ulong InsideStrings(ulong quotes, bool startsInside)
    {
        var inside = quotes;
        inside ^= inside << 1;
        inside ^= inside << 2;
        inside ^= inside << 4;
        inside ^= inside << 8;
        inside ^= inside << 16;
        inside ^= inside << 32;
        return startsInside ? ~inside : inside;
    }

    private static ulong Equal(Vector256<byte> low, Vector256<byte> high, byte value) =>
        Vector256.Equals(low, Vector256.Create(value)).ExtractMostSignificantBits()
        | ((ulong)Vector256.Equals(high, Vector256.Create(value)).ExtractMostSignificantBits() << 32);
}
