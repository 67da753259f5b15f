namespace Vigil.Iam.Lint;

/// <summary>The element path being read (<c>Statement[0].Condition.StringEquals</c>), built in place as segments are
/// entered and left.</summary>
internal sealed class JsonPathBuffer
{
    private readonly List<int> _starts = [];
    private char[] _text = new char[128];
    private int _length;

    public int Depth => _starts.Count;

    public ReadOnlySpan<char> Text => _text.AsSpan(0, _length);

    public void PushProperty(string name)
    {
        _starts.Add(_length);
        if (_length > 0 && !name.StartsWith('[')) Append(".");
        Append(name);
    }

    public void PushIndex(int index)
    {
        _starts.Add(_length);
        Append("[");
        Span<char> digits = stackalloc char[11];
        index.TryFormat(digits, out var written, provider: System.Globalization.CultureInfo.InvariantCulture);
        Append(digits[..written]);
        Append("]");
    }

    public void Pop()
    {
        _length = _starts[^1];
        _starts.RemoveAt(_starts.Count - 1);
    }

    private void Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _text.Length) Array.Resize(ref _text, Math.Max(_text.Length * 2, _length + text.Length));
        text.CopyTo(_text.AsSpan(_length));
        _length += text.Length;
    }
}
