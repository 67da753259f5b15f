using System.Collections.Concurrent;
using Vigil.Access.Principals;
using Vigil.Core.Model;
using Vigil.Core.Model.Ec2;
using Vigil.Core.Model.Iam;
using Vigil.Core.Model.Lambda;
using Vigil.Iam;

namespace Vigil.Access.Privesc;

/// <summary>Everything the edge finders share, built once: the actors, role trusts, groups, managed policies, instance
/// profiles, functions and instances of the snapshot, and the per-principal administrator verdicts (memoised).</summary>
internal sealed class PrivescEstate
{
    private readonly ConcurrentDictionary<(int Actor, string Variant), bool> _adminVerdicts = new();
    private readonly int[] _ownAdmin;
    private readonly ConcurrentDictionary<(string Source, string Document), Policy?> _compiled = new();
    private readonly ConcurrentDictionary<string, bool> _groupsGrantingAnything = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _newRoleAdmin = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (Policy?, string?)> _trusts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(Policy Trust, string Account), IReadOnlySet<string>> _trustedServices = new();
    private readonly Dictionary<string, Dictionary<string, List<RoleTrust>>> _trustsOfService = new(StringComparer.Ordinal);

    public PrivescEstate(PrincipalDirectory directory, PrivescOptions options, CancellationToken cancellationToken)
    {
        Directory = directory;
        Options = options;
        Probe = new PermissionProbe(directory.Organizations);
        var snapshot = directory.Snapshot;
        var organizations = snapshot.Accounts.Where(a => a.OrganizationId is not null).ToDictionary(a => a.AccountId, a => a.OrganizationId, StringComparer.Ordinal);
        var principals = directory.Principals.ToList();
        var actors = new Actor[principals.Count];
        Parallel.For(0, principals.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            actors[i] = new Actor(i, directory.PoliciesOf(principals[i].Arn)!, organizations.GetValueOrDefault(principals[i].AccountId), options.Now, Prefilters));
        Actors = actors;
        _ownAdmin = new int[actors.Length];
        ByArn = actors.ToDictionary(a => a.Arn, StringComparer.Ordinal);
        Groups = snapshot.IamGroups.GroupBy(g => (g.AccountId, g.Name)).ToDictionary(g => g.Key, g => g.First());
        ManagedPolicies = snapshot.IamPolicies.GroupBy(p => p.Arn, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        var profileRoles = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var profile in snapshot.IamInstanceProfiles)
        {
            foreach (var role in profile.RoleArns) Add(profileRoles, profile.Arn, role);
        }
        foreach (var role in snapshot.IamRoles)
        {
            foreach (var profile in role.InstanceProfileArns) Add(profileRoles, profile, role.Arn);
        }
        ProfileRoles = profileRoles;
        var roleProfiles = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (profile, roles) in profileRoles)
        {
            foreach (var role in roles) Add(roleProfiles, role, profile);
        }
        RoleProfiles = roleProfiles;
        LaunchTemplates = new LaunchTemplateIndex(snapshot, profileRoles);
        ActorsOfAccount = actors.GroupBy(a => a.AccountId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<Actor>)[.. g], StringComparer.Ordinal);
        var functions = snapshot.LambdaFunctions.Where(f => f.RoleArn is not null && ByArn.ContainsKey(f.RoleArn)).ToList();
        FunctionsOfAccount = functions.GroupBy(f => f.AccountId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<LambdaFunction>)[.. g], StringComparer.Ordinal);
        ForeignFunctions = new ForeignFunctions(functions, f => Compile(f.Policy!, FunctionPolicyLabel(f)));
        InstancesOfAccount = snapshot.Ec2Instances
            .Where(i => i.IamInstanceProfileArn is not null && i.State != "terminated" && profileRoles.ContainsKey(i.IamInstanceProfileArn))
            .GroupBy(i => i.AccountId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Ec2Instance>)[.. g], StringComparer.Ordinal);

        var trusts = new RoleTrust?[actors.Length];
        Parallel.For(0, actors.Length, new ParallelOptions { CancellationToken = cancellationToken }, i => trusts[i] = TrustOf(actors[i]));
        Trusts = trusts;
        foreach (var trust in trusts)
        {
            if (trust?.Mentions is not { } mentions) continue;
            foreach (var arn in mentions.PrincipalArns.Distinct(StringComparer.Ordinal)) AddTrust(TrustsNaming, arn, trust);
            foreach (var account in mentions.PrincipalAccounts.Distinct(StringComparer.Ordinal)) AddTrust(TrustsOfAccount, account, trust);
            if (mentions.HasOpenAllow) OpenTrusts.Add(trust);
            foreach (var service in trust.TrustedServices)
            {
                if (!_trustsOfService.TryGetValue(service, out var byAccount))
                    _trustsOfService[service] = byAccount = new Dictionary<string, List<RoleTrust>>(StringComparer.Ordinal);
                AddTrust(byAccount, trust.Role.AccountId, trust);
            }
        }
    }

    public PrincipalDirectory Directory { get; }

    public PrivescOptions Options { get; }

    public PermissionProbe Probe { get; }

    public ActionPrefilters Prefilters { get; } = new();

    public IReadOnlyList<Actor> Actors { get; }

    public IReadOnlyDictionary<string, Actor> ByArn { get; }

    public IReadOnlyDictionary<(string Account, string Name), IamGroup> Groups { get; }

    public IReadOnlyDictionary<string, ManagedPolicy> ManagedPolicies { get; }

    public IReadOnlyDictionary<string, HashSet<string>> ProfileRoles { get; }

    public IReadOnlyDictionary<string, HashSet<string>> RoleProfiles { get; }

    public LaunchTemplateIndex LaunchTemplates { get; }

    /// <summary>Users and roles per account: IAM actions such as iam:CreateAccessKey only ever act within the caller's account.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Actor>> ActorsOfAccount { get; }

    /// <summary>Functions (running as a principal of the snapshot) per account.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<LambdaFunction>> FunctionsOfAccount { get; }

    /// <summary>Functions whose resource policy could let another account's principals change them.</summary>
    public ForeignFunctions ForeignFunctions { get; }

    /// <summary>How a function's resource policy is named in granting statements (and its compiled form cached).</summary>
    public static string FunctionPolicyLabel(LambdaFunction function) => $"resource policy of function {function.Name}";

    /// <summary>Instances with a profile, per account: EC2 and SSM have no resource policies, so only their own account reaches them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Ec2Instance>> InstancesOfAccount { get; }

    public IEnumerable<Actor> ActorsIn(string accountId) => ActorsOfAccount.GetValueOrDefault(accountId) ?? [];

    /// <summary>The functions a principal of <paramref name="accountId"/> could change: its account's, and other accounts' whose
    /// resource policy could allow it.</summary>
    public IEnumerable<LambdaFunction> FunctionsReachableFrom(string accountId) =>
        (FunctionsOfAccount.GetValueOrDefault(accountId) ?? []).Concat(ForeignFunctions.For(accountId));

    public IEnumerable<Ec2Instance> InstancesIn(string accountId) => InstancesOfAccount.GetValueOrDefault(accountId) ?? [];

    /// <summary>Per actor index: the role's trust, or null for a user.</summary>
    public IReadOnlyList<RoleTrust?> Trusts { get; }

    public Dictionary<string, List<RoleTrust>> TrustsNaming { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<RoleTrust>> TrustsOfAccount { get; } = new(StringComparer.Ordinal);

    /// <summary>The roles of <paramref name="accountId"/> whose trust admits <paramref name="service"/>: passing a role to a
    /// service, and the service's resources running as it, stay within the role's account.</summary>
    public IReadOnlyList<RoleTrust> TrustsOfServiceIn(string service, string accountId) =>
        _trustsOfService.TryGetValue(service, out var byAccount) && byAccount.TryGetValue(accountId, out var trusts) ? trusts : [];

    public List<RoleTrust> OpenTrusts { get; } = [];

    /// <summary>Problems that belong to a principal beyond its policies' (its trust policy could not be parsed).</summary>
    public ConcurrentDictionary<string, string> TrustProblems { get; } = new(StringComparer.Ordinal);

    public string Region => Options.Region;

    public PolicySet Own(Actor actor) => new(actor.Policies.IdentityPolicies, actor.Policies.PermissionsBoundary);

    /// <summary>Whether the actor is an administrator with the given policies; memoised per actor and named variant.</summary>
    public bool IsAdmin(Actor actor, string variant, Func<PolicySet> policies) =>
        _adminVerdicts.GetOrAdd((actor.Index, variant), _ => AdminProbe.IsAdmin(Probe, actor, policies(), Region));

    /// <summary>Whether the actor is an administrator with its own policies: asked of every principal, so memoised in an
    /// array by actor index (0 unknown, 1 no, 2 yes; a race computes the same answer twice).</summary>
    public bool IsAdmin(Actor actor)
    {
        if (actor.Index < 0) return AdminProbe.IsAdmin(Probe, actor, Own(actor), Region);
        var known = Volatile.Read(ref _ownAdmin[actor.Index]);
        if (known != 0) return known == 2;
        var admin = AdminProbe.IsAdmin(Probe, actor, Own(actor), Region);
        Volatile.Write(ref _ownAdmin[actor.Index], admin ? 2 : 1);
        return admin;
    }

    /// <summary>Whether the actor would be an administrator with AdministratorAccess added to its identity policies.</summary>
    public bool AdminIfGranted(Actor actor) =>
        IsAdmin(actor, "granted", () => new PolicySet([.. actor.Policies.IdentityPolicies, AdminProbe.AdministratorAccess], actor.Policies.PermissionsBoundary));

    /// <summary>Whether the actor would be an administrator with AdministratorAccess added and its boundary removed.</summary>
    public bool AdminIfGrantedWithoutBoundary(Actor actor) =>
        IsAdmin(actor, "granted-unbounded", () => new PolicySet([.. actor.Policies.IdentityPolicies, AdminProbe.AdministratorAccess], null));

    /// <summary>Whether the actor would be an administrator without its permissions boundary.</summary>
    public bool AdminWithoutBoundary(Actor actor) =>
        IsAdmin(actor, "unbounded", () => new PolicySet(actor.Policies.IdentityPolicies, null));

    /// <summary>Whether a group's policies could allow an action of a service that does not exist (only "*" or NotAction
    /// grants do): the prefilter for groups worth joining.</summary>
    public bool GroupMayGrantEverything(IamGroup group) =>
        _groupsGrantingAnything.GetOrAdd(group.Arn, _ => Prefilters.For(GroupPolicies(group)).MayAllow("vigilprobe:Probe"));

    /// <summary>Whether a new role in the account, with AdministratorAccess and no boundary, would be an administrator under
    /// the account's SCPs.</summary>
    public bool NewRoleWouldBeAdmin(Actor creator) => _newRoleAdmin.GetOrAdd(creator.AccountId, account =>
    {
        var role = new IamRole { Arn = $"arn:aws:iam::{account}:role/{ResourceNames.Default}", Name = ResourceNames.Default, AccountId = account };
        var policies = new PrincipalPolicies { Principal = role, IdentityPolicies = [AdminProbe.AdministratorAccess], Scps = creator.Policies.Scps };
        var organization = Directory.Snapshot.Accounts.FirstOrDefault(a => a.AccountId == account)?.OrganizationId;
        var actor = new Actor(-1, policies, organization, Options.Now, Prefilters);
        return AdminProbe.IsAdmin(Probe, actor, Own(actor), Region);
    });

    /// <summary>A managed or inline document compiled once (null when it cannot be parsed).</summary>
    public Policy? Compile(string document, string source) => _compiled.GetOrAdd((source, document), key =>
    {
        try
        {
            return Directory.Compile(key.Document, key.Source);
        }
        catch (PolicyParseException)
        {
            return null;
        }
    });

    /// <summary>The compiled policies of a group (inline and attached).</summary>
    public IReadOnlyList<Policy> GroupPolicies(IamGroup group)
    {
        var policies = new List<Policy>();
        foreach (var inline in group.InlinePolicies)
        {
            if (Compile(inline.Document, $"inline {inline.PolicyName} of group/{group.Name}") is { } p) policies.Add(p);
        }
        foreach (var attached in group.AttachedPolicies)
        {
            if (ManagedPolicies.GetValueOrDefault(attached.PolicyArn)?.Document is { } document && Compile(document, attached.PolicyArn) is { } p) policies.Add(p);
        }
        return policies;
    }

    /// <summary>The groups of a user that the snapshot has.</summary>
    public IEnumerable<IamGroup> GroupsOf(IamUser user)
    {
        foreach (var name in user.Groups)
        {
            if (Groups.TryGetValue((user.AccountId, name), out var group)) yield return group;
        }
    }

    private RoleTrust? TrustOf(Actor actor)
    {
        if (actor.Role is not { } role) return null;
        if (role.TrustPolicy is not { } document)
        {
            TrustProblems[role.Arn] = $"the trust policy of {role.Arn} was not collected, so no one is taken to assume it";
            return new RoleTrust(actor, null, null, new HashSet<string>());
        }
        var (trust, error) = _trusts.GetOrAdd(document, text =>
        {
            try
            {
                return (Directory.Compile(text, "trust policy"), null);
            }
            catch (PolicyParseException e)
            {
                return (null, e.Message.TrimEnd('.'));
            }
        });
        if (trust is null)
        {
            TrustProblems[role.Arn] = $"the trust policy of {role.Arn} is not a valid policy ({error}), so no one is taken to assume it";
            return new RoleTrust(actor, null, null, new HashSet<string>());
        }

        var services = actor.IsProtectedRole ? new HashSet<string>() : _trustedServices.GetOrAdd((trust, role.AccountId), key => TrustedServices(key.Trust, key.Account));
        return new RoleTrust(actor, trust, PolicyMentions.Of(trust), services);
    }

    /// <summary>The service principals a trust policy admits for a role of the account (no role ARN is needed: service
    /// trust statements name no resource).</summary>
    private HashSet<string> TrustedServices(Policy trust, string account)
    {
        var services = new HashSet<string>(StringComparer.Ordinal);
        {
            var rcps = Directory.Organizations.For(account).Rcps;
            foreach (var service in Candidates(trust))
            {
                var decision = Evaluator.Evaluate(new AuthorizationRequest
                {
                    Principal = service,
                    Action = "sts:AssumeRole",
                    Resource = $"arn:aws:iam::{account}:role/vigil-privesc",
                    ResourceAccount = account,
                    Context = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase)
                    {
                        ["aws:SourceAccount"] = [account],
                        ["aws:PrincipalIsAWSService"] = ["true"],
                        ["aws:PrincipalServiceName"] = [service],
                        ["aws:SecureTransport"] = ["true"],
                    },
                    ResourcePolicy = trust,
                    Rcps = rcps,
                }).Decision;
                if (decision == Decision.Allowed) services.Add(service);
            }
        }
        return services;
    }

    /// <summary>The service principals a trust policy could admit: those it names, or every one when some Allow statement
    /// is open to anyone (Principal "*" of any type, NotPrincipal, no Principal).</summary>
    private static IEnumerable<string> Candidates(Policy trust)
    {
        if (PolicyMentions.Of(trust).HasOpenAllow) return TechniqueTable.ServicePrincipals;
        var named = trust.NamedPrincipals.Where(p => p.Type != "AWS" || p.Value == "*").Select(p => p.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return named.Contains("*") ? TechniqueTable.ServicePrincipals : TechniqueTable.ServicePrincipals.Where(named.Contains);
    }

    private static void Add(Dictionary<string, HashSet<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var set)) map[key] = set = new HashSet<string>(StringComparer.Ordinal);
        set.Add(value);
    }

    /// <summary>Adds a trust under a key; each trust is added once per distinct key, so the lists need no duplicate test.</summary>
    private static void AddTrust(Dictionary<string, List<RoleTrust>> map, string key, RoleTrust trust)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(trust);
    }
}
