namespace Vigil.Access.Can;

/// <summary>One service's allowed actions by access level (List, Read, Write, Permissions management, Tagging), with the
/// number of actions the catalog knows for the service.</summary>
public sealed record CanService(string Service, int KnownActions, IReadOnlyList<CanLevel> Levels);
