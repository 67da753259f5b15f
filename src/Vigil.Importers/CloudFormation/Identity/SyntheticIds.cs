using System.Security.Cryptography;
using System.Text;

namespace Vigil.Importers.CloudFormation.Identity;

/// <summary>Stable stand-ins for the ids AWS assigns at creation, derived from where the resource is declared.</summary>
internal static class SyntheticIds
{
    public static string Hex(string seed, int length) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)))[..length];

    /// <summary>A UUID-shaped id (KMS key ids, certificate ids).</summary>
    public static string Uuid(string seed)
    {
        var h = Hex(seed, 32);
        return $"{h[..8]}-{h[8..12]}-{h[12..16]}-{h[16..20]}-{h[20..]}";
    }
}
