using System.Collections.Frozen;

namespace Vigil.Checks.Checks.Elb;

/// <summary>Predefined Elastic Load Balancing security policies that negotiate only TLS 1.2 or later with strong
/// (forward-secret, AEAD) ciphers.</summary>
internal static class ElbTlsPolicies
{
    /// <summary>FSBP ELB.8: the strong predefined policy for Classic Load Balancer SSL/HTTPS listeners.</summary>
    public static FrozenSet<string> StrongClassic { get; } = new[] { "ELBSecurityPolicy-TLS-1-2-2017-01" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>FSBP ELB.17: the recommended TLS 1.3 policies for Application and Network Load Balancer
    /// HTTPS/TLS listeners (not the Ext variants, which keep CBC or SHA-1 ciphers, nor the TLS 1.0/1.1 ones).</summary>
    public static FrozenSet<string> Recommended { get; } = new[]
    {
        "ELBSecurityPolicy-TLS13-1-3-2021-06",
        "ELBSecurityPolicy-TLS13-1-2-2021-06",
        "ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
        "ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04",
        "ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04",
        "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04",
        "ELBSecurityPolicy-TLS13-1-3-PQ-2025-09",
        "ELBSecurityPolicy-TLS13-1-2-PQ-2025-09",
        "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09",
        "ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09",
        "ELBSecurityPolicy-TLS13-1-2-FIPS-PQ-2025-09",
        "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09",
    }.ToFrozenSet(StringComparer.Ordinal);
}
