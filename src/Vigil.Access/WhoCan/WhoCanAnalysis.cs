using Vigil.Access.Conditions;
using Vigil.Access.Principals;
using Vigil.Core.Model.Iam;
using Vigil.Iam;
using Vigil.Iam.Discovery;

namespace Vigil.Access.WhoCan;

/// <summary>Answers "who can perform ACTION on RESOURCE": every IAM user and role of the input with its identity
/// policies, boundary and SCPs, and every principal the resource policy names (other accounts, principals outside the
/// input, services, identity providers, anyone), each asked of the engine together with the resource's policy and the
/// RCPs of its account. A principal is listed when the request is allowed, or allowed under the conditions of its
/// granting statements (<see cref="ConditionalEvaluator"/>); groups are reported through their member users.</summary>
public sealed class WhoCanAnalysis
{
    private static readonly string[] StrangerAccounts = ["999999999999", "999999999998", "999999999997"];
    private static readonly HashSet<string> AnonymousServices = new(StringComparer.OrdinalIgnoreCase) { "s3", "sqs", "elasticfilesystem" };

    private readonly PrincipalDirectory _directory;
    private readonly ResourcePolicyLookup _resources;
    private readonly GroupGrants _groups;

    public WhoCanAnalysis(PrincipalDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        _directory = directory;
        _resources = new ResourcePolicyLookup(directory.Snapshot);
        _groups = new GroupGrants(directory.Snapshot);
    }

    /// <param name="trustedAccounts">Accounts outside the input that the user trusts (labelled trusted, not external).</param>
    public WhoCanResult Run(string action, string resourceArn, IReadOnlyCollection<string>? trustedAccounts = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(resourceArn);
        var resource = _resources.Find(resourceArn, action);
        var problems = new List<string>(resource.Problems);
        var rcps = resource.AccountId is { } owner ? _directory.Organizations.For(owner) : null;
        if (rcps is not null) problems.AddRange(rcps.Problems.Where(p => !problems.Contains(p)));
        var baseRequest = new AuthorizationRequest
        {
            Principal = "anonymous",
            Action = action,
            Resource = resourceArn,
            ResourceAccount = resource.AccountId,
            ResourcePolicy = resource.Policy,
            Rcps = rcps?.Rcps,
        };

        var principals = new List<WhoCanPrincipal>();
        var groupMembers = new Dictionary<string, (IamGroup Group, List<string> Members)>(StringComparer.Ordinal);
        foreach (var principal in _directory.Principals)
        {
            var policies = _directory.PoliciesOf(principal.Arn)!;
            var request = baseRequest with
            {
                Principal = principal.Arn,
                IdentityPolicies = policies.IdentityPolicies,
                PermissionsBoundary = policies.PermissionsBoundary,
                Scps = policies.Scps,
                Context = PrincipalFacts.For(principal, _directory.Snapshot),
            };
            var type = principal is IamUser ? WhoCanPrincipalType.User : WhoCanPrincipalType.Role;
            if (Allowed(request, principal.Arn, type, principal.AccountId, null, policies.Problems) is not { } entry) continue;
            if (principal is IamUser user)
            {
                var groups = _groups.GroupsGranting(user, entry.Grants);
                foreach (var group in groups)
                {
                    if (!groupMembers.TryGetValue(group.Arn, out var members)) groupMembers[group.Arn] = members = (group, []);
                    members.Members.Add(user.Arn);
                }

                entry = entry with { ThroughGroups = [.. groups.Select(g => g.Arn)] };
            }

            principals.Add(entry);
        }

        if (resource.Policy is { } policy) principals.AddRange(NamedByPolicy(policy, baseRequest, resource.AccountId));

        var inventoried = _directory.Snapshot.Accounts.Select(a => a.AccountId).ToHashSet(StringComparer.Ordinal);
        var trusted = trustedAccounts ?? [];
        string? Relation(WhoCanPrincipal entry) => entry.Type switch
        {
            WhoCanPrincipalType.AnyAwsAccount or WhoCanPrincipalType.Anonymous => AccountRelation.Public,
            _ when entry.AccountId is null => null,
            _ when entry.AccountId == resource.AccountId => AccountRelation.SameAccount,
            _ when inventoried.Contains(entry.AccountId) => AccountRelation.Inventoried,
            _ when trusted.Contains(entry.AccountId) => AccountRelation.Trusted,
            _ => AccountRelation.External,
        };

        return new WhoCanResult
        {
            Action = action,
            Resource = resourceArn,
            ResourceType = resource.Resource?.ResourceType,
            ResourceAccount = resource.AccountId,
            ResourcePolicy = resource.Policy?.Source,
            Principals = [.. principals.Select(p => p with { Relation = Relation(p) })],
            Groups = [.. groupMembers.Values.Select(g => new WhoCanGroup(g.Group.Arn, g.Group.Name, g.Members))],
            Problems = problems,
        };
    }

    private IEnumerable<WhoCanPrincipal> NamedByPolicy(Policy policy, AuthorizationRequest baseRequest, string? resourceAccount)
    {
        var mentions = PolicyMentions.Of(policy);
        var knownAccounts = _directory.Snapshot.Accounts.Select(a => a.AccountId).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var named in policy.NamedPrincipals)
        {
            var value = named.Value;
            if (value == "*" || !seen.Add(named.Type + "|" + value)) continue;
            var entry = named.Type switch
            {
                "AWS" => AwsPrincipal(value, baseRequest, resourceAccount),
                "Service" => Allowed(baseRequest with { Principal = value, Context = PrincipalFacts.ForService(value) }, value, WhoCanPrincipalType.Service, null, null, []),
                "Federated" => Allowed(baseRequest with { Principal = value }, value, WhoCanPrincipalType.Federated, AccountOf(value), null, []),
                _ => Allowed(baseRequest with { Principal = value }, value, WhoCanPrincipalType.CanonicalUser, null, null, []),
            };
            if (entry is not null) yield return entry;
        }

        if (!mentions.HasOpenAllow) yield break;
        var stranger = StrangerAccounts.First(a => !knownAccounts.Contains(a) && !mentions.Accounts.Contains(a));
        var anyAccount = Allowed(baseRequest with { Principal = $"arn:aws:iam::{stranger}:root" }, "*", WhoCanPrincipalType.AnyAwsAccount, null,
            "any principal of any AWS account whose own policies allow it", []);
        if (anyAccount is not null) yield return anyAccount;
        var service = baseRequest.Action.Split(':')[0];
        if (!AnonymousServices.Contains(service)) yield break;
        var anonymous = Allowed(baseRequest with { Principal = "anonymous" }, "anonymous", WhoCanPrincipalType.Anonymous, null,
            "anyone, without credentials (public)", []);
        if (anonymous is not null) yield return anonymous;
    }

    private WhoCanPrincipal? AwsPrincipal(string value, AuthorizationRequest baseRequest, string? resourceAccount)
    {
        var account = value.Length == 12 && value.All(char.IsAsciiDigit) ? value : AccountOf(value);
        var isRoot = account == value || value == $"arn:aws:iam::{account}:root";
        var organization = account is null ? null : _directory.Organizations.For(account);
        var problems = organization?.Problems ?? [];
        if (isRoot)
        {
            if (account == resourceAccount) return null;
            var request = baseRequest with
            {
                Principal = $"arn:aws:iam::{account}:root",
                Scps = organization?.Scps,
                Context = PrincipalFacts.ForAccount(account!, _directory.Snapshot),
            };
            return Allowed(request, $"arn:aws:iam::{account}:root", WhoCanPrincipalType.Account, account,
                "any principal of this account whose own policies allow it", problems);
        }

        if (_directory.Find(value) is not null) return null;
        var unknown = Policy.Parse("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""",
            $"identity policies of {value} (not in the input: assumed to allow)");
        var named = baseRequest with
        {
            Principal = value,
            IdentityPolicies = [unknown],
            Scps = organization?.Scps,
            Context = account is null ? baseRequest.Context : PrincipalFacts.ForAccount(account, _directory.Snapshot),
        };
        return Allowed(named, value, WhoCanPrincipalType.NamedPrincipal, account,
            "a principal outside the input: allowed if its own policies allow", [.. problems, $"{value} is not in the input, so its own policies are assumed to allow"]);
    }

    private static WhoCanPrincipal? Allowed(AuthorizationRequest request, string principal, string type, string? account, string? meaning, IReadOnlyList<string> problems)
    {
        var result = ConditionalEvaluator.Evaluate(request);
        if (result.Access == ConditionalAccess.Denied) return null;
        return new WhoCanPrincipal
        {
            Principal = principal,
            Type = type,
            AccountId = account,
            Access = result.Access,
            Meaning = meaning,
            Grants = result.Grants,
            PossibleDenies = result.PossibleDenies,
            Problems = problems,
        };
    }

    private static string? AccountOf(string arn)
    {
        var parts = arn.Split(':');
        return parts.Length > 4 && parts[4].Length == 12 ? parts[4] : null;
    }
}
