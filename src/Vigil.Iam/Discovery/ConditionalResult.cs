namespace Vigil.Iam.Discovery;

/// <summary>A request evaluated three ways: as given, and under the most and least favourable values of the condition
/// keys its context leaves open. <see cref="Grants"/> are the Allow statements (of the policies that take part in the most favourable
/// allow) matching the request whatever their conditions; <see cref="PossibleDenies"/> are the Deny statements with
/// conditions that match it, which deny the request in the contexts where their conditions hold; <see cref="Denies"/>
/// the Deny statements without conditions that match it.</summary>
public sealed record ConditionalResult(
    AuthorizationResult Actual,
    ConditionalAccess Access,
    IReadOnlyList<StatementMatch> Grants,
    IReadOnlyList<StatementMatch> PossibleDenies,
    IReadOnlyList<StatementMatch> Denies);
