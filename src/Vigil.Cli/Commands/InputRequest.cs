namespace Vigil.Cli.Commands;

internal sealed record InputRequest(
    bool Demo, IReadOnlyList<string> Paths, string? InputKind, string? Profile, IReadOnlyList<string> Regions, string? RoleArn, string? EndpointUrl, string? ExternalId = null, bool Quiet = false,
    bool Organization = false, string? OrganizationRoleName = null)
{
    public bool IsLive => !Demo && Paths.Count == 0;
}
