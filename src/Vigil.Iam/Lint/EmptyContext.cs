namespace Vigil.Iam.Lint;

/// <summary>A request context with no keys, for matching action names (which never use policy variables).</summary>
internal static class EmptyContext
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Instance { get; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
}
