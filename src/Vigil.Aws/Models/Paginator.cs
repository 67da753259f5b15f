namespace Vigil.Aws.Models;

/// <summary>How an operation pages (botocore paginators-1.json): the request members that take the tokens, the
/// response expressions that give them (dotted paths, `a || b` alternatives, `[-1]` indexes), and the flag that
/// says more pages follow.</summary>
public sealed record Paginator
{
    public required IReadOnlyList<string> InputTokens { get; init; }
    public required IReadOnlyList<string> OutputTokens { get; init; }
    public string? MoreResults { get; init; }
    public string? LimitKey { get; init; }
    public IReadOnlyList<string> ResultKeys { get; init; } = [];
}
