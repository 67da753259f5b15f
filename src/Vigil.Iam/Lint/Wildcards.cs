namespace Vigil.Iam.Lint;

/// <summary>Case-insensitive <c>*</c> and <c>?</c> matching of action names and condition keys, and the overlap test of
/// a Resource pattern with a catalog ARN format.</summary>
internal static class Wildcards
{
    public static bool HasWildcard(string text) => HasWildcard(text.AsSpan());

    public static bool HasWildcard(ReadOnlySpan<char> text) => text.IndexOfAny('*', '?') >= 0;

    public static bool Matches(string pattern, string text) => Catalog.CatalogWildcard.IsMatch(pattern, text);

    /// <summary>Whether some string matches both patterns, where <c>*</c> is any run and <c>?</c> any one character.</summary>
    public static bool Overlap(string left, string right)
    {
        var width = right.Length + 1;
        Span<bool> rows = width <= 256 ? stackalloc bool[2 * width] : new bool[2 * width];
        var current = rows[..width];
        var next = rows[width..];
        current[0] = true;
        for (var i = 0; i <= left.Length; i++)
        {
            next.Clear();
            for (var j = 0; j <= right.Length; j++)
            {
                if (!current[j]) continue;
                var l = i < left.Length ? left[i] : '\0';
                var r = j < right.Length ? right[j] : '\0';
                if (l == '*') next[j] = true;
                if (r == '*') current[j + 1] = true;
                if (l == '*' && j < right.Length) current[j + 1] = true;
                if (r == '*' && i < left.Length) next[j] = true;
                if (i < left.Length && j < right.Length && l != '*' && r != '*'
                    && (l == '?' || r == '?' || char.ToUpperInvariant(l) == char.ToUpperInvariant(r)))
                    next[j + 1] = true;
            }

            if (i == left.Length) return current[right.Length];
            var swap = current;
            current = next;
            next = swap;
        }

        return false;
    }

    /// <summary>A catalog template (<c>arn:${Partition}:s3:::${BucketName}</c>, <c>s3:ExistingObjectTag/&lt;key&gt;</c>) or
    /// a Resource with policy variables, as a wildcard pattern: each placeholder becomes <c>*</c>.</summary>
    public static string FromTemplate(string template)
    {
        var text = new System.Text.StringBuilder(template.Length);
        for (var i = 0; i < template.Length; i++)
        {
            var close = template[i] == '$' && i + 1 < template.Length && template[i + 1] == '{' ? template.IndexOf('}', i)
                : template[i] == '<' ? template.IndexOf('>', i) : -1;
            if (close > i)
            {
                text.Append('*');
                i = close;
            }
            else text.Append(template[i]);
        }

        return text.ToString();
    }
}
