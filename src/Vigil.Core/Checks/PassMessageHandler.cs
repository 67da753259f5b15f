using System.Runtime.CompilerServices;

namespace Vigil.Core.Checks;

/// <summary>Builds a pass message only when it will be read. While the engine evaluates, a pass keeps no message
/// (a finding asks the check again when a report wants it), so the holes of <c>Pass($"...")</c> are not even evaluated.</summary>
[InterpolatedStringHandler]
public ref struct PassMessageHandler
{
    private DefaultInterpolatedStringHandler _text;
    private readonly bool _wanted;

    public PassMessageHandler(int literalLength, int formattedCount, out bool shouldAppend)
    {
        _wanted = shouldAppend = !PassMessages.Discarded;
        _text = _wanted ? new DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
    }

    public void AppendLiteral(string value) => _text.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

    public void AppendFormatted<T>(T value, string? format) => _text.AppendFormatted(value, format);

    public void AppendFormatted<T>(T value, int alignment) => _text.AppendFormatted(value, alignment);

    public void AppendFormatted<T>(T value, int alignment, string? format) => _text.AppendFormatted(value, alignment, format);

    public void AppendFormatted(string? value) => _text.AppendFormatted(value);

    public string? ToStringAndClear() => _wanted ? _text.ToStringAndClear() : null;
}
