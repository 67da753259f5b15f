namespace Vigil.Checks.Checks.Elb;

/// <summary>The desync mitigation modes FSBP accepts (ELB.12, ELB.14): defensive or strictest, not monitor.</summary>
internal static class DesyncMitigation
{
    public static bool IsDefensiveOrStrictest(string mode) => mode is "defensive" or "strictest";
}
