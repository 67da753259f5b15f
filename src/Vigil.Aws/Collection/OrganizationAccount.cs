namespace Vigil.Aws.Collection;

/// <summary>An account of the organization as organizations:ListAccounts reports it.</summary>
public sealed record OrganizationAccount(string Id, string Name, string Status);
