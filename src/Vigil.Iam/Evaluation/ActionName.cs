namespace Vigil.Iam.Evaluation;

/// <summary>An action as the engine compares it: lower case, with its service prefix.</summary>
internal sealed record ActionName(string Lower, string Service)
{
    private static readonly BoundedCache<ActionName> Cache = new(65_536);

    public static ActionName Of(string action) => Cache.Get(action, Create);

    private static ActionName Create(string action)
    {
        var lower = action.ToLowerInvariant();
        var colon = lower.IndexOf(':', StringComparison.Ordinal);
        return new ActionName(lower, colon < 0 ? lower : lower[..colon]);
    }
}
