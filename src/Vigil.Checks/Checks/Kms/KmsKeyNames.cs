using Vigil.Core.Model.Kms;

namespace Vigil.Checks.Checks.Kms;

/// <summary>How KMS findings name a key: its id, followed by its first alias when it has one.</summary>
internal static class KmsKeyNames
{
    public static string Describe(KmsKey key) =>
        key.Aliases.Count > 0 ? $"{key.KeyId} ({key.Aliases[0]})" : key.KeyId;
}
