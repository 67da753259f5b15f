using System.Security.Cryptography;
using System.Text;

namespace Vigil.Core.Findings;

/// <summary>The stable identity of a finding: a hash of the check id and the resource ARN.</summary>
public static class FindingId
{
    public static string For(string checkId, string resourceArn)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(checkId + "|" + resourceArn), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }
}
