namespace Vigil.Iam;

/// <summary>A principal as a policy's Principal element names it: its type (AWS, Service, Federated, CanonicalUser) and
/// value as written ("*", an account id, an ARN, a service or identity-provider name).</summary>
public sealed record NamedPrincipal(string Type, string Value);
