namespace Vigil.Core.Checks;

/// <summary>Whether pass messages are being thrown away on this thread (set by the engine around its evaluation loop).</summary>
internal static class PassMessages
{
    [ThreadStatic]
    private static bool t_discarded;

    public static bool Discarded
    {
        get => t_discarded;
        set => t_discarded = value;
    }
}
