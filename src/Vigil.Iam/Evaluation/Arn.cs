namespace Vigil.Iam.Evaluation;

/// <summary>Field access on ARNs (arn:partition:service:region:account:resource) without allocation.</summary>
internal static class Arn
{
    public static ReadOnlySpan<char> Field(string arn, int index)
    {
        var span = arn.AsSpan();
        for (var i = 0; i < index; i++)
        {
            var colon = span.IndexOf(':');
            if (colon < 0) return [];
            span = span[(colon + 1)..];
        }

        if (index == 5) return span;
        var end = span.IndexOf(':');
        return end < 0 ? [] : span[..end];
    }

    public static bool IsAccountId(ReadOnlySpan<char> text)
    {
        if (text.Length != 12) return false;
        foreach (var c in text)
        {
            if (c is < '0' or > '9') return false;
        }

        return true;
    }
}
