namespace Vigil.Checks.Policies;

/// <summary>Walks a cached policy document from placeholder to placeholder (see <see cref="PolicyCacheKeyComparer"/>): the
/// own resource's ARN after an opening quote and before a closing quote or a slash, and (across accounts) the owner account
/// id between non-digits, whichever comes first. Where each comes next is remembered, so a document is searched once per
/// placeholder kind rather than once per placeholder.</summary>
internal ref struct PolicyTokenWalk
{
    private readonly ReadOnlySpan<char> _text;
    private readonly string _resource;
    private readonly string? _account;
    private int _offset;
    private int _resourceAt;
    private int _accountAt;

    public PolicyTokenWalk(PolicyCacheKey key, bool acrossAccounts)
    {
        _text = key.Document;
        _resource = key.Resource;
        _account = acrossAccounts && key.Account.Length > 0 ? key.Account : null;
        _resourceAt = Find(_resource, 0, resource: true);
        _accountAt = _account is null ? _text.Length : Find(_account, 0, resource: false);
    }

    /// <summary>The text up to the next placeholder, and whether that placeholder is the resource (else the account);
    /// <paramref name="last"/> when the text runs to the end with no placeholder.</summary>
    public void Next(out ReadOnlySpan<char> literal, out bool isResource, out bool last)
    {
        var at = Math.Min(_resourceAt, _accountAt);
        literal = _text[_offset..at];
        isResource = _resourceAt <= _accountAt;
        last = at == _text.Length;
        if (last) return;
        var end = at + (isResource ? _resource.Length : _account!.Length);
        _offset = end;
        if (_resourceAt < end) _resourceAt = Find(_resource, end, resource: true);
        if (_accountAt < end) _accountAt = _account is null ? _text.Length : Find(_account, end, resource: false);
    }

    /// <summary>The first occurrence of <paramref name="token"/> from <paramref name="from"/> on that stands as a placeholder
    /// (a byte before <paramref name="from"/> is not looked at), or the text's length.</summary>
    private readonly int Find(string token, int from, bool resource)
    {
        var offset = from;
        while (true)
        {
            var found = _text[offset..].IndexOf(token, StringComparison.Ordinal);
            if (found < 0) return _text.Length;
            var start = offset + found;
            var end = start + token.Length;
            var before = start > from ? _text[start - 1] : '\0';
            var after = end < _text.Length ? _text[end] : '\0';
            if (resource ? before == '"' && after is '"' or '/' : !char.IsAsciiDigit(before) && !char.IsAsciiDigit(after)) return start;
            offset = start + 1;
        }
    }
}
