using Vigil.Iam.Catalog;

namespace Vigil.Access.Can;

/// <summary>Access levels as the Service Authorization Reference writes them.</summary>
public static class AccessLevelNames
{
    public static string Of(AccessLevel level) => level switch
    {
        AccessLevel.List => "List",
        AccessLevel.Read => "Read",
        AccessLevel.Write => "Write",
        AccessLevel.PermissionsManagement => "Permissions management",
        AccessLevel.Tagging => "Tagging",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "not an access level"),
    };
}
