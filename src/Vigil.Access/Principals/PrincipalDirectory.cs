using System.Collections.Concurrent;
using Vigil.Access.Organizations;
using Vigil.Core.Model;
using Vigil.Core.Model.Iam;
using Vigil.Iam;

namespace Vigil.Access.Principals;

/// <summary>The IAM users and roles of a snapshot with their compiled policies, each policy document compiled once.
/// Safe to share across threads.</summary>
public sealed class PrincipalDirectory
{
    private readonly Dictionary<string, Resource> _principals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ManagedPolicy> _managedPolicies = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Account, string Name), IamGroup> _groups = [];
    private readonly ConcurrentDictionary<string, PrincipalPolicies> _policies;
    private readonly ConcurrentDictionary<string, (Policy? Policy, string? Error)> _compiledManaged = new(StringComparer.Ordinal);

    /// <param name="compile">How documents are compiled (default <see cref="Policy.Parse(string, string)"/>): a scan passes
    /// its own cache, so that a document its checks compiled already is not compiled again. Throws
    /// <see cref="PolicyParseException"/> for a document that is not a valid policy.</param>
    public PrincipalDirectory(Snapshot snapshot, Func<string, string, Policy>? compile = null)
    {
        Snapshot = snapshot;
        Compile = compile ?? Policy.Parse;
        Organizations = new OrganizationPolicyReader(snapshot);
        foreach (var user in snapshot.IamUsers) _principals.TryAdd(user.Arn, user);
        foreach (var role in snapshot.IamRoles) _principals.TryAdd(role.Arn, role);
        foreach (var policy in snapshot.IamPolicies) _managedPolicies.TryAdd(policy.Arn, policy);
        foreach (var group in snapshot.IamGroups) _groups.TryAdd((group.AccountId, group.Name), group);
        _policies = new(Environment.ProcessorCount, _principals.Count, StringComparer.Ordinal);
    }

    public Snapshot Snapshot { get; }

    /// <summary>Compiles a document named after where it is attached; throws <see cref="PolicyParseException"/>.</summary>
    public Func<string, string, Policy> Compile { get; }

    public OrganizationPolicyReader Organizations { get; }

    /// <summary>Every user and role, users first, in snapshot order.</summary>
    public IEnumerable<Resource> Principals => _principals.Values;

    public Resource? Find(string arn) => _principals.GetValueOrDefault(arn);

    /// <summary>The policies of a user or role of the snapshot, or null when the snapshot has no such principal.</summary>
    public PrincipalPolicies? PoliciesOf(string arn) =>
        _principals.TryGetValue(arn, out var principal) ? _policies.GetOrAdd(arn, _ => Build(principal)) : null;

    private PrincipalPolicies Build(Resource principal)
    {
        var policies = new List<Policy>();
        var problems = new List<string>();
        string? boundaryArn;
        switch (principal)
        {
            case IamUser user:
                AddOwn(user.InlinePolicies, user.AttachedPolicies, $"user/{user.Name}", policies, problems);
                foreach (var groupName in user.Groups)
                {
                    if (_groups.TryGetValue((user.AccountId, groupName), out var group))
                        AddOwn(group.InlinePolicies, group.AttachedPolicies, $"group/{group.Name}", policies, problems);
                    else
                        problems.Add($"group {groupName} of {user.Arn} is not in the snapshot, so its policies are left out");
                }
                boundaryArn = user.PermissionsBoundaryArn;
                break;
            case IamRole role:
                AddOwn(role.InlinePolicies, role.AttachedPolicies, $"role/{role.Name}", policies, problems);
                boundaryArn = role.PermissionsBoundaryArn;
                break;
            default:
                throw new ArgumentException($"{principal.Arn} is not an IAM user or role.", nameof(principal));
        }

        if (principal.Unreadable.Count > 0)
            problems.Add($"{string.Join(", ", principal.Unreadable)} of {principal.Arn} could not be read");

        var boundary = boundaryArn is null ? null : Managed(boundaryArn, problems);

        var organization = Organizations.For(principal.AccountId);
        problems.AddRange(organization.Problems);
        return new PrincipalPolicies
        {
            Principal = principal,
            IdentityPolicies = policies,
            PermissionsBoundary = boundary,
            Scps = organization.Scps,
            Problems = problems,
        };
    }

    private void AddOwn(IReadOnlyList<InlinePolicy> inline, IReadOnlyList<AttachedPolicy> attached, string owner, List<Policy> policies, List<string> problems)
    {
        foreach (var policy in inline)
        {
            var source = $"inline {policy.PolicyName} of {owner}";
            try
            {
                policies.Add(Compile(policy.Document, source));
            }
            catch (PolicyParseException e)
            {
                problems.Add($"{source} is not a valid policy ({e.Message.TrimEnd('.')}) and is left out");
            }
        }
        foreach (var policy in attached)
        {
            if (Managed(policy.PolicyArn, problems) is { } compiled) policies.Add(compiled);
        }
    }

    private Policy? Managed(string arn, List<string> problems)
    {
        var (policy, error) = _compiledManaged.GetOrAdd(arn, CompileManaged);
        if (error is not null) problems.Add(error);
        return policy;
    }

    private (Policy?, string?) CompileManaged(string arn)
    {
        if (!_managedPolicies.TryGetValue(arn, out var managed) || managed.Document is null)
            return (null, $"the document of managed policy {arn} is not in the snapshot, so it is left out");
        try
        {
            return (Compile(managed.Document, arn), null);
        }
        catch (PolicyParseException e)
        {
            return (null, $"managed policy {arn} is not a valid policy ({e.Message.TrimEnd('.')}) and is left out");
        }
    }
}
