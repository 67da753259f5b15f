using Vigil.Iam.Evaluation;

namespace Vigil.Iam;

/// <summary>One question to the engine: may this principal perform this action on this resource, under these policies?</summary>
public sealed record AuthorizationRequest
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> EmptyContext =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);

    private readonly string _principal = "anonymous";
    private readonly string _action = "";
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _context = EmptyContext;

    /// <summary>A user, role, assumed-role session, federated-user or account-root ARN, a service principal, or "anonymous".</summary>
    public required string Principal
    {
        get => _principal;
        init
        {
            _principal = value;
            PrincipalInfo = PrincipalInfo.Of(value);
        }
    }

    public required string Action
    {
        get => _action;
        init
        {
            _action = value;
            var name = ActionName.Of(value);
            ActionLower = name.Lower;
            Service = name.Service;
        }
    }

    public required string Resource { get; init; }

    /// <summary>The account that owns the resource; when null, the account field of the resource ARN (or the principal's account when the ARN has none).</summary>
    public string? ResourceAccount { get; init; }

    /// <summary>Condition context, used exactly as given; keys are case-insensitive.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Context
    {
        get => _context;
        init => _context = value is ICaseInsensitiveDictionary
            || (value is Dictionary<string, IReadOnlyList<string>> d && ReferenceEquals(d.Comparer, StringComparer.OrdinalIgnoreCase))
            ? value
            : new Dictionary<string, IReadOnlyList<string>>(value, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<Policy> IdentityPolicies { get; init; } = [];

    public Policy? ResourcePolicy { get; init; }

    public Policy? PermissionsBoundary { get; init; }

    /// <summary>SCP levels, root first (root, each OU, the account); null when no organization policy applies.</summary>
    public IReadOnlyList<IReadOnlyList<Policy>>? Scps { get; init; }

    /// <summary>RCP levels, root first; null when no organization policy applies.</summary>
    public IReadOnlyList<IReadOnlyList<Policy>>? Rcps { get; init; }

    public Policy? SessionPolicy { get; init; }

    internal PrincipalInfo PrincipalInfo { get; private init; } = PrincipalInfo.Anonymous;

    internal string ActionLower { get; private init; } = "";

    internal string Service { get; private init; } = "";
}
