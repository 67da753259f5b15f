namespace Vigil.Core.Model.Kms;

public sealed record KmsKey : Resource
{
    public override string ResourceType => ResourceTypes.KmsKey;

    public required string KeyId { get; init; }
    /// <summary>CUSTOMER or AWS.</summary>
    public string KeyManager { get => field ?? "CUSTOMER"; init; }
    /// <summary>Enabled, Disabled, PendingDeletion, PendingImport, Unavailable, ...</summary>
    public string KeyState { get => field ?? "Enabled"; init; }
    /// <summary>SYMMETRIC_DEFAULT, RSA_2048, ECC_NIST_P256, HMAC_256, ...</summary>
    public string KeySpec { get => field ?? "SYMMETRIC_DEFAULT"; init; }
    /// <summary>ENCRYPT_DECRYPT, SIGN_VERIFY, GENERATE_VERIFY_MAC, KEY_AGREEMENT.</summary>
    public string KeyUsage { get => field ?? "ENCRYPT_DECRYPT"; init; }
    /// <summary>AWS_KMS, EXTERNAL, AWS_CLOUDHSM or EXTERNAL_KEY_STORE.</summary>
    public string Origin { get => field ?? "AWS_KMS"; init; }
    public bool? RotationEnabled { get; init; }
    public DateTimeOffset? DeletionDate { get; init; }
    public string? Policy { get; init; }
    public IReadOnlyList<string> Aliases { get => field ?? []; init; }
    public bool MultiRegion { get; init; }

    public bool IsCustomerManaged => KeyManager == "CUSTOMER";
    public bool IsSymmetricEncryptionKey => KeySpec == "SYMMETRIC_DEFAULT" && KeyUsage == "ENCRYPT_DECRYPT";
}
