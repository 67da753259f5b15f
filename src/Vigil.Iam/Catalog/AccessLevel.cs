namespace Vigil.Iam.Catalog;

/// <summary>The access level AWS's Service Authorization Reference gives an action.</summary>
public enum AccessLevel
{
    List,
    Read,
    Write,
    PermissionsManagement,
    Tagging,
}
