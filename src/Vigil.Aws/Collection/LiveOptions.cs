using Vigil.Aws.Credentials;

namespace Vigil.Aws.Collection;

/// <summary>The live options of CONTRACTS.md ("Inputs"): credentials, regions and endpoint.</summary>
public sealed record LiveOptions
{
    public CredentialOptions Credentials { get; init; } = new();

    /// <summary>Credentials already resolved (embedding, tests); when set, <see cref="Credentials"/> is not consulted.</summary>
    public ICredentialSource? CredentialSource { get; init; }

    /// <summary>Regions asked for; "all" means every enabled region; empty means the profile's region plus every
    /// enabled region.</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];

    public Uri? EndpointUrl { get; init; }

    /// <summary>Read every active account of the organization (--organization) instead of the caller's account alone.</summary>
    public bool Organization { get; init; }

    /// <summary>The role assumed in each member account (--org-role-name).</summary>
    public string OrganizationRoleName { get; init; } = "OrganizationAccountAccessRole";

    /// <summary>How many accounts of an organization are read at once.</summary>
    public int AccountConcurrency { get; init; } = 4;

    public IProgress<CollectionStep>? Progress { get; init; }

    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;
}
