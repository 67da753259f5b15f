namespace Vigil.Checks.Checks.Iam;

/// <summary>The stand-in callers of an arbitrary other account: IAM principals with the context each presents, and a
/// SAML provider with an assertion's context.</summary>
internal sealed record ForeignProbes(
    IReadOnlyList<(string Principal, IReadOnlyDictionary<string, IReadOnlyList<string>> Context)> Callers,
    (string Provider, IReadOnlyDictionary<string, IReadOnlyList<string>> Assertion) Saml);
