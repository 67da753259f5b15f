namespace Vigil.Aws.Credentials;

/// <summary>What the user said about credentials: --profile, --role-arn and --external-id.</summary>
public sealed record CredentialOptions
{
    public string? Profile { get; init; }
    public string? RoleArn { get; init; }
    public string? ExternalId { get; init; }
    public string RoleSessionName { get; init; } = "vigil";
}
