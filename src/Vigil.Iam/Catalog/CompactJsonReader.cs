using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Vigil.Iam.Catalog;

/// <summary>
/// A forward-only reader for the catalog's JSON subset (arrays, objects, strings, integers). Its hot methods are
/// compiled fully optimised on first use: a cold start of Utf8JsonReader spent most of the catalog's load time in
/// unoptimised code.
/// </summary>
internal ref struct CompactJsonReader
{
    private static readonly SearchValues<byte> _structural = SearchValues.Create("\"[]{}"u8);

    private readonly ReadOnlySpan<byte> _json;
    private int _position;

    public CompactJsonReader(ReadOnlySpan<byte> json)
    {
        _json = json;
        _position = json.StartsWith("\uFEFF"u8) ? 3 : 0;
    }

    public readonly int Position => _position;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Expect(byte token)
    {
        if (token is (byte)'[' or (byte)'{' && Peek() == (byte)',') _position++;
        if (Peek() != token) throw Invalid($"'{(char)token}'");
        _position++;
    }

    /// <summary>True when another element of the array or object follows; false (and consumed) at <paramref name="close"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool HasNext(byte close)
    {
        var next = Peek();
        if (next == close)
        {
            _position++;
            return false;
        }
        if (next == (byte)',')
        {
            _position++;
            if (Peek() == close) throw Invalid("a value");
        }
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void End(byte close)
    {
        if (HasNext(close)) throw Invalid($"'{(char)close}'");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int ReadInt32()
    {
        if (Peek() == (byte)',') _position++;
        var negative = Peek() == (byte)'-';
        if (negative) _position++;
        var start = _position;
        long value = 0;
        while (_position < _json.Length && (uint)(_json[_position] - '0') <= 9)
        {
            value = value * 10 + (_json[_position++] - '0');
            if (value > int.MaxValue) throw Invalid("a 32-bit integer");
        }
        if (_position == start) throw Invalid("an integer");
        return (int)(negative ? -value : value);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string ReadString()
    {
        if (Peek() == (byte)',') _position++;
        Expect((byte)'"');
        var rest = _json[_position..];
        var end = rest.IndexOfAny((byte)'"', (byte)'\\');
        if (end < 0) throw Invalid("the end of a string");
        if (rest[end] == (byte)'"')
        {
            _position += end + 1;
            return Encoding.UTF8.GetString(rest[..end]);
        }
        return ReadEscapedString();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void ExpectEnd()
    {
        while (_position < _json.Length && _json[_position] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t') _position++;
        if (_position != _json.Length) throw Invalid("the end");
    }

    /// <summary>Skips one value; arrays and objects are skipped by bracket depth, their contents are not checked.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void SkipValue()
    {
        if (Peek() == (byte)',') _position++;
        var first = Peek();
        if (first == (byte)'"')
        {
            SkipString();
            return;
        }
        if (first is not ((byte)'[' or (byte)'{'))
        {
            while (_position < _json.Length && _json[_position] is not ((byte)',' or (byte)']' or (byte)'}' or (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
            {
                _position++;
            }
            return;
        }
        var depth = 0;
        do
        {
            var next = _json[_position..].IndexOfAny(_structural);
            if (next < 0) throw Invalid("the end of an array");
            _position += next;
            var b = _json[_position];
            if (b == (byte)'"')
            {
                SkipString();
                continue;
            }
            depth += b is (byte)'[' or (byte)'{' ? 1 : -1;
            _position++;
        }
        while (depth > 0);
    }

    public readonly InvalidDataException Invalid(string expected) =>
        new($"IAM action catalog: expected {expected} at byte {_position}.");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private byte Peek()
    {
        while (_position < _json.Length && _json[_position] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t') _position++;
        return _position < _json.Length ? _json[_position] : throw Invalid("more data");
    }

    private void SkipString()
    {
        _position++;
        while (true)
        {
            var next = _json[_position..].IndexOfAny((byte)'"', (byte)'\\');
            if (next < 0) throw Invalid("the end of a string");
            _position += next;
            if (_json[_position] == (byte)'"')
            {
                _position++;
                return;
            }
            _position += 2;
            if (_position > _json.Length) throw Invalid("an escape");
        }
    }

    private string ReadEscapedString()
    {
        var text = new StringBuilder();
        var start = _position;
        while (true)
        {
            if (_position >= _json.Length) throw Invalid("the end of a string");
            var b = _json[_position];
            if (b == (byte)'"')
            {
                text.Append(Encoding.UTF8.GetString(_json[start.._position]));
                _position++;
                return text.ToString();
            }
            if (b != (byte)'\\')
            {
                _position++;
                continue;
            }
            text.Append(Encoding.UTF8.GetString(_json[start.._position]));
            if (++_position >= _json.Length) throw Invalid("an escape");
            var escape = _json[_position++];
            switch (escape)
            {
                case (byte)'"': text.Append('"'); break;
                case (byte)'\\': text.Append('\\'); break;
                case (byte)'/': text.Append('/'); break;
                case (byte)'b': text.Append('\b'); break;
                case (byte)'f': text.Append('\f'); break;
                case (byte)'n': text.Append('\n'); break;
                case (byte)'r': text.Append('\r'); break;
                case (byte)'t': text.Append('\t'); break;
                case (byte)'u':
                    if (_position + 4 > _json.Length
                        || !ushort.TryParse(Encoding.ASCII.GetString(_json.Slice(_position, 4)), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        throw Invalid("four hex digits");
                    }
                    text.Append((char)code);
                    _position += 4;
                    break;
                default:
                    throw Invalid("an escape");
            }
            start = _position;
        }
    }
}
