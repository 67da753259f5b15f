using System.Net;

namespace Vigil.Importers.CloudFormation.Resolution;

/// <summary>Fn::Cidr: the first <c>count</c> subnets of <c>cidrBits</c> host bits each carved from an IPv4 block.</summary>
internal static class CidrBlocks
{
    /// <summary>The subnets, or null when the arguments do not describe an IPv4 block that holds them.</summary>
    public static List<string>? Carve(string block, int count, int cidrBits)
    {
        var slash = block.IndexOf('/');
        if (slash < 0 || !IPAddress.TryParse(block[..slash], out var address) || address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetwork) return null;
        if (!int.TryParse(block[(slash + 1)..], out var prefix) || prefix is < 0 or > 32) return null;
        var subnetPrefix = 32 - cidrBits;
        if (cidrBits is < 0 or > 32 || subnetPrefix < prefix || count < 1) return null;
        var bytes = address.GetAddressBytes();
        var start = (uint)(bytes[0] << 24 | bytes[1] << 16 | bytes[2] << 8 | bytes[3]);
        if (prefix > 0) start &= uint.MaxValue << (32 - prefix);
        else start = 0;
        var size = 1UL << cidrBits;
        if ((ulong)count * size > 1UL << (32 - prefix)) return null;
        var result = new List<string>(count);
        for (var i = 0UL; i < (ulong)count; i++)
        {
            var network = (uint)(start + i * size);
            result.Add($"{network >> 24}.{(network >> 16) & 255}.{(network >> 8) & 255}.{network & 255}/{subnetPrefix}");
        }
        return result;
    }
}
