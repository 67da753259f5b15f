namespace Vigil.Importers;

/// <summary>What an importer cannot read from its file: parameter overrides and the account and region that
/// infrastructure-as-code resources are placed in.</summary>
public sealed record ImportOptions
{
    /// <summary>The account a template or plan is imagined deployed to, for ARNs and account-level lookups.</summary>
    public const string DefaultAccountId = "000000000000";

    public const string DefaultRegion = "us-east-1";

    /// <summary>Template parameter values (<c>--parameter KEY=VALUE</c>), overriding defaults.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public string AccountId { get; init; } = DefaultAccountId;

    public string Region { get; init; } = DefaultRegion;
}
