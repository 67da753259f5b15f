using System.Text.Json.Nodes;

namespace Vigil.Iam.Tests.Differential;

/// <summary>
/// Deterministic (by seed) random requests in the `vigil iam simulate` format: real actions and resource ARNs from the
/// catalog, callers of every kind, same- and cross-account, identity, resource, boundary, session, SCP and RCP policies.
/// Only what AWS can produce: roots and service principals have no identity policies, every role has a trust policy and
/// every KMS key a key policy, only resources that can have one get a resource policy, RCPFullAWSAccess sits on every RCP level.
/// </summary>
internal sealed class RandomCaseGenerator(int seed)
{
    private static readonly (CallerKind Kind, int Weight)[] CallerWeights =
    [
        (CallerKind.User, 24), (CallerKind.RoleSession, 24), (CallerKind.FederatedUser, 7), (CallerKind.Root, 7), (CallerKind.Role, 5),
        (CallerKind.ServiceLinkedRoleSession, 5), (CallerKind.Service, 12), (CallerKind.Anonymous, 10),
    ];

    private readonly Random _random = new(seed);
    private readonly ActionTargetPicker _picker = new();

    public JsonObject Next(int index)
    {
        var callerAccount = _random.Next(5) == 0 ? CaseVocabulary.Other : CaseVocabulary.Home;
        var caller = Caller.Create(PickCaller(), callerAccount);
        if (caller.Kind == CallerKind.Service) caller = caller with { Principal = CaseVocabulary.ServicePrincipals[_random.Next(CaseVocabulary.ServicePrincipals.Length)] };
        var resourceAccount = _random.Next(5) < 3 ? callerAccount : callerAccount == CaseVocabulary.Home ? CaseVocabulary.Other : CaseVocabulary.Home;
        var target = _picker.Pick(_random, resourceAccount);
        var conditions = new ConditionFactory(_random, caller, target);
        var statements = new StatementFactory(_random, caller, target, conditions);

        var request = new JsonObject
        {
            ["id"] = $"d{seed}-{index}",
            ["principal"] = caller.Principal,
            ["action"] = target.Action.FullName,
            ["resource"] = target.Resource,
            ["resourceAccount"] = resourceAccount,
            ["context"] = conditions.Context(),
            ["identityPolicies"] = IdentityPolicies(caller, statements),
            ["resourcePolicy"] = target.IsRoleTrust || target.IsKmsKey || (target.CanHaveResourcePolicy && _random.Next(caller.HasIdentityPolicies ? 2 : 7) > 0)
                ? Policy(1 + _random.Next(3), () => statements.Resource(_random.Next(8) < 7))
                : null,
            ["permissionsBoundary"] = caller.CanHaveBoundary && _random.Next(4) == 0 ? Policy(1 + _random.Next(2), () => statements.Identity(_random.Next(10) < 8)) : null,
            ["scps"] = caller.InOrganizationAccount && _random.Next(5) < 2 ? Scps(statements) : null,
            ["rcps"] = _random.Next(3) == 0 ? Rcps(statements) : null,
            ["sessionPolicy"] = caller.CanHaveSessionPolicy && _random.Next(5) < 2 ? Policy(1 + _random.Next(2), () => statements.Identity(_random.Next(10) < 8)) : null,
        };
        return request;
    }

    private CallerKind PickCaller()
    {
        var roll = _random.Next(CallerWeights.Sum(w => w.Weight));
        foreach (var (kind, weight) in CallerWeights)
        {
            if (roll < weight) return kind;
            roll -= weight;
        }

        throw new InvalidOperationException("caller weights do not add up");
    }

    private JsonArray IdentityPolicies(Caller caller, StatementFactory statements)
    {
        var policies = new JsonArray();
        if (!caller.HasIdentityPolicies) return policies;
        var count = _random.Next(10) switch { 0 => 0, < 6 => 1, < 9 => 2, _ => 3 };
        for (var i = 0; i < count; i++) policies.Add(Policy(1 + _random.Next(3), () => statements.Identity(_random.Next(8) < 7)));
        return policies;
    }

    private JsonArray Scps(StatementFactory statements)
    {
        var levels = new JsonArray();
        var count = 1 + _random.Next(3);
        for (var l = 0; l < count; l++)
        {
            var level = new JsonArray();
            if (_random.Next(10) < 8) level.Add(Policy([StatementFactory.AllowEverything(withPrincipal: false)]));
            if (level.Count == 0 || _random.Next(2) == 0) level.Add(Policy(1 + _random.Next(2), () => statements.Identity(_random.Next(10) < 4)));
            levels.Add(level);
        }

        return levels;
    }

    private JsonArray Rcps(StatementFactory statements)
    {
        var levels = new JsonArray();
        var count = 1 + _random.Next(3);
        for (var l = 0; l < count; l++)
        {
            var level = new JsonArray { Policy([StatementFactory.AllowEverything(withPrincipal: true)], version: "2012-10-17") };
            if (_random.Next(2) == 0) level.Add(Policy(1 + _random.Next(2), statements.ResourceControl, version: "2012-10-17"));
            levels.Add(level);
        }

        return levels;
    }

    private JsonObject Policy(int statementCount, Func<JsonObject> statement, string? version = null) =>
        Policy(Enumerable.Range(0, statementCount).Select(_ => statement()).ToList(), version);

    private JsonObject Policy(List<JsonObject> statements, string? version = null)
    {
        var policy = new JsonObject();
        version ??= _random.Next(25) switch { 0 => "2008-10-17", 1 => null, _ => "2012-10-17" };
        if (version is not null) policy["Version"] = version;
        policy["Statement"] = statements.Count == 1 && _random.Next(4) == 0 ? statements[0] : new JsonArray([.. statements]);
        return policy;
    }
}
