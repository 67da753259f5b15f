using System.Net;

namespace Vigil.Iam.Conditions;

/// <summary>An IPv4 or IPv6 CIDR block (a bare address is a /32 or /128); never matches an address of the other family.</summary>
internal sealed class IpRange
{
    private readonly byte[] _network;
    private readonly int _prefix;

    private IpRange(byte[] network, int prefix)
    {
        _network = network;
        _prefix = prefix;
    }

    public static IpRange? Parse(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var addressText = slash < 0 ? text.AsSpan().Trim() : text.AsSpan(0, slash).Trim();
        if (!IPAddress.TryParse(addressText, out var address)) return null;
        var bytes = address.GetAddressBytes();
        var prefix = bytes.Length * 8;
        if (slash >= 0 && (!int.TryParse(text.AsSpan(slash + 1).Trim(), out prefix) || prefix < 0 || prefix > bytes.Length * 8)) return null;
        return new IpRange(bytes, prefix);
    }

    public bool Contains(string text)
    {
        if (!IPAddress.TryParse(text.AsSpan().Trim(), out var address)) return false;
        Span<byte> bytes = stackalloc byte[16];
        if (!address.TryWriteBytes(bytes, out var written) || written != _network.Length) return false;
        var full = _prefix / 8;
        for (var i = 0; i < full; i++)
        {
            if (bytes[i] != _network[i]) return false;
        }

        var bits = _prefix % 8;
        if (bits == 0) return true;
        var mask = (byte)(0xFF << (8 - bits));
        return (bytes[full] & mask) == (_network[full] & mask);
    }
}
