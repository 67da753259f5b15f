using System.Collections.Frozen;

namespace Vigil.Core.Model;

internal static class ResourceDefaults
{
    public static readonly IReadOnlyDictionary<string, string> NoTags = FrozenDictionary<string, string>.Empty;
}
