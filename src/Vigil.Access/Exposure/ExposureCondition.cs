namespace Vigil.Access.Exposure;

/// <summary>A condition that still applies to a grant: the statement it belongs to ("Allow 'PublicRead'", "Deny #2"),
/// the operator, the key and the values as the policy writes them. Grants that are not policies (ACLs, sharing,
/// network origin) use a descriptive <see cref="Statement"/> ("access point").</summary>
public sealed record ExposureCondition(string Statement, string Operator, string Key, IReadOnlyList<string> Values)
{
    public override string ToString() => $"{Key} {Operator} {string.Join("|", Values)}";
}
