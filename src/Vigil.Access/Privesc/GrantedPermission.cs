namespace Vigil.Access.Privesc;

/// <summary>A permission a step uses: the action, the resource it was allowed on, the request context keys the attacker
/// sets for it, and the statements that allow it ("POLICY statement SID").</summary>
public sealed record GrantedPermission(
    string Action,
    string Resource,
    IReadOnlyDictionary<string, string> RequestValues,
    IReadOnlyList<string> Statements);
