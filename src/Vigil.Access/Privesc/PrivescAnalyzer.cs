using Vigil.Access.Principals;

namespace Vigil.Access.Privesc;

/// <summary>Builds the escalation graph of a snapshot's IAM users and roles (an edge A → B: A can act as B, found by the
/// techniques of <see cref="Techniques"/>, each permission checked by the engine on the target's ARN) and finds, for every
/// principal that is not an administrator, the shortest path to administrative access.</summary>
public sealed class PrivescAnalyzer(PrincipalDirectory directory, PrivescOptions options)
{
    public PrivescReport Analyze(CancellationToken cancellationToken = default)
    {
        var estate = new PrivescEstate(directory, options, cancellationToken);
        var actors = estate.Actors;
        var count = actors.Count;
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };

        var admin = new bool[count];
        var acting = new bool[count];
        var granting = new bool[count];
        Parallel.For(0, count, parallel, i =>
        {
            admin[i] = estate.IsAdmin(actors[i]);
            acting[i] = actors[i].Prefilter.MayAllowAny(TechniqueActions.All) || estate.TrustsNaming.ContainsKey(actors[i].Arn);
            granting[i] = actors[i].Prefilter.MayAllowAny(AdminGrants.Actions);
        });

        var edges = new List<PrivescStep>[count];
        var terminal = new Terminal?[count];
        Parallel.For(0, count, parallel, i =>
        {
            var x = actors[i];
            var steps = new List<PrivescStep>();
            if (!admin[i] && acting[i])
            {
                bool Worth(Actor t) => t != x && (admin[t.Index] || acting[t.Index] || granting[i]);
                RoleEdges.Find(estate, x, Worth, steps);
                CredentialEdges.Find(estate, x, Worth, steps);
                PassRoleEdges.Find(estate, x, Worth, steps);
                TakeoverEdges.Find(estate, x, Worth, steps);
                LaunchTemplateEdges.Find(estate, x, Worth, steps);
            }
            edges[i] = Deduplicate(steps);
            terminal[i] = admin[i] ? new Terminal(0, []) : TerminalOf(estate, x, edges[i], granting[i], admin);
        });

        var (distance, next) = ShortestToAdmin(estate, edges, terminal);
        var results = new PrincipalEscalation[count];
        Parallel.For(0, count, parallel, i => results[i] = Result(estate, actors[i], admin[i], distance, next, terminal, edges));
        return new PrivescReport(results, options);
    }

    private static List<PrivescStep> Deduplicate(List<PrivescStep> steps)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. steps.Where(s => seen.Add(s.To))];
    }

    /// <summary>How the actor finishes on its own: by giving itself administrator permissions (one step), by creating an
    /// administrator role, or by making a principal it can act as an administrator (two steps).</summary>
    private static Terminal? TerminalOf(PrivescEstate estate, Actor x, List<PrivescStep> edges, bool granting, bool[] admin)
    {
        if (granting && AdminGrants.TryGrant(estate, x, x) is { } self) return new Terminal(1, [self]);
        if (CreateRoleGrant.TryCreate(estate, x) is { } created) return new Terminal(1, [created]);
        if (!granting) return null;
        foreach (var edge in edges)
        {
            var y = estate.ByArn[edge.To];
            if (admin[y.Index]) continue;
            if (AdminGrants.TryGrant(estate, x, y) is { } grant) return new Terminal(2, [grant, edge]);
        }
        return null;
    }

    private static (int[] Distance, PrivescStep?[] Next) ShortestToAdmin(PrivescEstate estate, List<PrivescStep>[] edges, Terminal?[] terminal)
    {
        var count = edges.Length;
        var distance = new int[count];
        var next = new PrivescStep?[count];
        var incoming = new List<(int From, PrivescStep Step)>[count];
        for (var i = 0; i < count; i++) incoming[i] = [];
        for (var i = 0; i < count; i++)
        {
            foreach (var step in edges[i]) incoming[estate.ByArn[step.To].Index].Add((i, step));
        }

        var buckets = new List<List<int>>();
        for (var i = 0; i < count; i++)
        {
            distance[i] = terminal[i]?.Cost ?? int.MaxValue;
            if (terminal[i] is { } t) Bucket(buckets, t.Cost).Add(i);
        }
        for (var d = 0; d < buckets.Count; d++)
        {
            foreach (var node in buckets[d])
            {
                if (distance[node] != d) continue;
                foreach (var (from, step) in incoming[node])
                {
                    if (distance[from] <= d + 1) continue;
                    distance[from] = d + 1;
                    next[from] = step;
                    Bucket(buckets, d + 1).Add(from);
                }
            }
        }
        return (distance, next);
    }

    private static List<int> Bucket(List<List<int>> buckets, int d)
    {
        while (buckets.Count <= d) buckets.Add([]);
        return buckets[d];
    }

    private static PrincipalEscalation Result(PrivescEstate estate, Actor actor, bool admin, int[] distance, PrivescStep?[] next, Terminal?[] terminal, List<PrivescStep>[] edges)
    {
        var problems = new List<string>();
        var organizationProblems = new List<string>();
        void AddProblems(Actor a)
        {
            var organization = estate.Directory.Organizations.For(a.AccountId).Problems;
            foreach (var p in a.Policies.Problems)
            {
                var list = organization.Contains(p) ? organizationProblems : problems;
                if (!list.Contains(p)) list.Add(p);
            }
            if (estate.TrustProblems.TryGetValue(a.Arn, out var trust) && !problems.Contains(trust)) problems.Add(trust);
        }
        AddProblems(actor);

        var path = new List<PrivescStep>();
        string? reached = null;
        if (!admin && distance[actor.Index] != int.MaxValue)
        {
            var current = actor;
            while (distance[current.Index] != terminal[current.Index]?.Cost && next[current.Index] is { } step)
            {
                path.Add(step);
                current = estate.ByArn[step.To];
                AddProblems(current);
            }
            var end = terminal[current.Index]!;
            path.AddRange(end.Steps.AsEnumerable().Reverse());
            reached = end.Steps.Count == 0 ? current.Arn : end.Steps[0].To;
        }
        return new PrincipalEscalation
        {
            Arn = actor.Arn,
            Kind = actor.IsUser ? "user" : "role",
            AccountId = actor.AccountId,
            IsAdmin = admin,
            Path = path,
            ReachedAdmin = reached,
            Problems = problems,
            OrganizationProblems = organizationProblems,
        };
    }
}
