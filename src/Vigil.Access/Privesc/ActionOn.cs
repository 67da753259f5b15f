namespace Vigil.Access.Privesc;

/// <summary>An action a technique needs and the ARN it acts on; {region}, {account} and {name} (the name the attacker
/// gives a resource it creates, or the existing resource's) are filled in per request.</summary>
internal sealed record ActionOn(string Action, string Resource);
