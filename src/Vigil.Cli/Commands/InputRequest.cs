namespace Vigil.Cli.Commands;

internal sealed record InputRequest(
    bool Demo, IReadOnlyList<string> Paths, string? InputKind, string? Profile, IReadOnlyList<string> Regions, string? RoleArn, string? EndpointUrl, string? ExternalId = null, bool Quiet = false,
    bool Organization = false, string? OrganizationRoleName = null)
{
    /// <summary>Template parameter overrides (--parameter KEY=VALUE) for infrastructure-as-code inputs.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public bool IsLive => !Demo && Paths.Count == 0;
}
