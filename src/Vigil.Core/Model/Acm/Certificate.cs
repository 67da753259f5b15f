namespace Vigil.Core.Model.Acm;

public sealed record Certificate : Resource
{
    public override string ResourceType => ResourceTypes.AcmCertificate;

    public string? DomainName { get; init; }
    /// <summary>AMAZON_ISSUED, IMPORTED or PRIVATE.</summary>
    public string Type { get => field ?? "AMAZON_ISSUED"; init; }
    /// <summary>ISSUED, PENDING_VALIDATION, EXPIRED, REVOKED, ...</summary>
    public string Status { get => field ?? "ISSUED"; init; }
    public DateTimeOffset? NotAfter { get; init; }
    /// <summary>RSA_1024, RSA_2048, RSA_3072, RSA_4096, EC_prime256v1, EC_secp384r1, ...</summary>
    public string? KeyAlgorithm { get; init; }
    public IReadOnlyList<string> InUseBy { get => field ?? []; init; }
    /// <summary>ELIGIBLE or INELIGIBLE for managed renewal.</summary>
    public string? RenewalEligibility { get; init; }
}
