using System.Buffers;
using System.Numerics;
using System.Text.Json;

namespace Vigil.Core.Serialization;

/// <summary>Finds where JSON values begin and end in a document that is still arriving, without tokenizing their insides:
/// strings are skipped to their closing quote and containers to their matching bracket depth (comments and trailing commas
/// allowed, as the snapshot reader's options allow them). It checks only the structure it walks; the values it delimits
/// are deserialized afterwards, which checks them fully. Throws <see cref="JsonException"/> on anything it cannot walk.</summary>
internal sealed class JsonExtentScanner(ContentBuffer content, CancellationToken cancellationToken)
{
    private const int RefillBytes = 1 << 18;

    private static readonly SearchValues<byte> Structural = SearchValues.Create("\"{}[]/"u8);
    private static readonly SearchValues<byte> StringSpecial = SearchValues.Create("\"\\"u8);
    private static readonly SearchValues<byte> ScalarEnd = SearchValues.Create(" \t\r\n,}]/"u8);

    private int _end;

    /// <summary>The absolute offset of the next byte to read.</summary>
    public int Position { get; set; }

    /// <summary>The next byte that is not whitespace or inside a comment (moving past those), or -1 at the end.</summary>
    public int Peek()
    {
        while (true)
        {
            if (!Ensure(Position)) return -1;
            var b = content.Bytes[Position];
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') Position++;
            else if (b == 0xEF && Position == 0) SkipByteOrderMark();
            else if (b == (byte)'/') SkipComment();
            else return b;
        }
    }

    /// <summary>Moves past <paramref name="expected"/>, the next significant byte, or throws.</summary>
    public void Expect(byte expected)
    {
        if (Peek() != expected) throw Unexpected($"'{(char)expected}'");
        Position++;
    }

    /// <summary>Reads the string at the next significant byte (a property name), decoding escapes.</summary>
    public string ReadString()
    {
        if (Peek() != '"') throw Unexpected("a string");
        var start = Position;
        var escaped = SkipString();
        var raw = content.Bytes.AsSpan(start, Position - start);
        return escaped ? JsonSerializer.Deserialize<string>(raw) ?? throw Unexpected("a string") : System.Text.Encoding.UTF8.GetString(raw[1..^1]);
    }

    /// <summary>Moves past the value at the next significant byte; returns its start.</summary>
    public int SkipValue()
    {
        var first = Peek();
        var start = Position;
        switch (first)
        {
            case -1:
                throw Unexpected("a value");
            case '"':
                SkipString();
                break;
            case '{' or '[':
                SkipContainer();
                break;
            case ',' or ':' or '}' or ']':
                throw Unexpected("a value");
            default:
                SkipScalar();
                break;
        }
        return start;
    }

    /// <summary>Whether every byte of the document has been read past (whitespace and comments aside).</summary>
    public bool AtEnd => Peek() == -1;

    /// <summary>Moves past the object or array whose opening bracket is at <see cref="Position"/>: 64 bytes at a time while
    /// they arrive (<see cref="JsonBlockMasks"/>), byte by byte near the end of the document or from a comment on.</summary>
    private void SkipContainer()
    {
        var depth = 0;
        var inString = false;
        var escapedNext = false;
        while (Position <= content.Size - JsonBlockMasks.Size && Ensure(Position + JsonBlockMasks.Size - 1))
        {
            var masks = JsonBlockMasks.Of(content.Bytes.AsSpan(Position, JsonBlockMasks.Size));
            var carry = escapedNext;
            var strings = JsonBlockMasks.InsideStrings(masks.Quotes & ~masks.Escaped(ref carry), inString);
            if ((masks.Slashes & ~strings) != 0) break;
            var opens = masks.Opens & ~strings;
            var closes = masks.Closes & ~strings;
            if (depth > BitOperations.PopCount(closes))
            {
                depth += BitOperations.PopCount(opens) - BitOperations.PopCount(closes);
            }
            else
            {
                for (var brackets = opens | closes; brackets != 0; brackets &= brackets - 1)
                {
                    var at = BitOperations.TrailingZeroCount(brackets);
                    depth += (opens >> at & 1) != 0 ? 1 : -1;
                    if (depth != 0) continue;
                    Position += at + 1;
                    return;
                }
            }
            (inString, escapedNext) = ((long)strings < 0, carry);
            Position += JsonBlockMasks.Size;
        }

        if (inString)
        {
            if (escapedNext) Position++;
            SkipStringBody();
        }
        SkipContainerBytewise(depth);
    }

    /// <summary>Moves past the rest of a container, <paramref name="depth"/> brackets deep at <see cref="Position"/> (outside a string).</summary>
    private void SkipContainerBytewise(int depth)
    {
        while (true)
        {
            if (!Ensure(Position)) throw Unexpected("the end of a value");
            var available = content.Bytes.AsSpan(Position, _end - Position);
            var found = available.IndexOfAny(Structural);
            if (found < 0)
            {
                Position = _end;
                continue;
            }
            Position += found;
            switch (content.Bytes[Position])
            {
                case (byte)'"':
                    SkipString();
                    break;
                case (byte)'/':
                    SkipComment();
                    break;
                case (byte)'{' or (byte)'[':
                    depth++;
                    Position++;
                    break;
                default:
                    Position++;
                    if (--depth == 0) return;
                    break;
            }
        }
    }

    /// <summary>Moves past the string whose opening quote is at <see cref="Position"/>; true when it holds escapes.</summary>
    private bool SkipString()
    {
        Position++;
        return SkipStringBody();
    }

    /// <summary>Moves past the rest of a string, from inside it at <see cref="Position"/>; true when that rest holds escapes.</summary>
    private bool SkipStringBody()
    {
        var escaped = false;
        while (true)
        {
            if (!Ensure(Position)) throw Unexpected("the end of a string");
            var found = content.Bytes.AsSpan(Position, _end - Position).IndexOfAny(StringSpecial);
            if (found < 0)
            {
                Position = _end;
                continue;
            }
            Position += found;
            if (content.Bytes[Position] == (byte)'"')
            {
                Position++;
                return escaped;
            }
            escaped = true;
            Position += 2;
        }
    }

    private void SkipScalar()
    {
        while (Ensure(Position))
        {
            var found = content.Bytes.AsSpan(Position, _end - Position).IndexOfAny(ScalarEnd);
            if (found >= 0)
            {
                Position += found;
                return;
            }
            Position = _end;
        }
    }

    private void SkipComment()
    {
        if (!Ensure(Position + 1)) throw Unexpected("a comment");
        var kind = content.Bytes[Position + 1];
        Position += 2;
        if (kind == (byte)'/')
        {
            while (Ensure(Position) && content.Bytes[Position] != (byte)'\n') Position++;
            return;
        }
        if (kind != (byte)'*') throw Unexpected("a comment");
        while (true)
        {
            if (!Ensure(Position + 1)) throw Unexpected("the end of a comment");
            if (content.Bytes[Position] == (byte)'*' && content.Bytes[Position + 1] == (byte)'/')
            {
                Position += 2;
                return;
            }
            Position++;
        }
    }

    private void SkipByteOrderMark()
    {
        if (!Ensure(2) || content.Bytes[1] != 0xBB || content.Bytes[2] != 0xBF) throw Unexpected("a JSON document");
        Position = 3;
    }

    /// <summary>Waits until the byte at <paramref name="offset"/> has arrived; false when the document ends before it.</summary>
    private bool Ensure(int offset)
    {
        if (offset < _end) return true;
        if (offset >= content.Size) return false;
        _end = content.WaitFor(Math.Max(offset + 1, _end + RefillBytes), cancellationToken);
        return offset < _end;
    }

    private JsonException Unexpected(string expected) => new($"Expected {expected} at byte {Position}.");
}
