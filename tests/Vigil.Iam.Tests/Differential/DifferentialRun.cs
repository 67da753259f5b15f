using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Vigil.Iam.Tests.Differential;

/// <summary>Generates cases, asks iam-simulate and Vigil, and puts each disagreement down to a documented divergence or reports it in full.</summary>
internal sealed class DifferentialRun(IamSimulateOracle oracle, int shards)
{
    /// <summary>
    /// iam-simulate's rejections of inputs that come from catalog data it reads differently: a resource ARN that fits none, or more
    /// than one, of the action's resource types (overlapping formats), and a documented condition key it cannot type.
    /// </summary>
    private static readonly (string Marker, string Reason)[] DataRejections =
    [
        ("multiple.resource.types", "resource ARN fits several resource types"),
        ("no.resource.types", "resource ARN fits no resource type"),
        ("exception: Condition key ", "condition key unknown to iam-simulate"),
    ];

    public DifferentialSummary Run(int seed, int count)
    {
        var clock = Stopwatch.StartNew();
        var generator = new RandomCaseGenerator(seed);
        var requests = Enumerable.Range(0, count).Select(generator.Next).ToList();
        var answers = oracle.Decide(requests.Select(r => r.ToJsonString()).ToList(), shards);
        var summary = new DifferentialSummary { Cases = count };
        var outcomes = new CaseOutcome?[count];
        Parallel.For(0, count, i =>
        {
            if (answers[i].Error is not null) return;
            DropIgnoredKeys(requests[i], answers[i].IgnoredContextKeys);
            outcomes[i] = new CaseOutcome(requests[i], VigilDecider.Decide(requests[i]), answers[i]);
        });

        var disagreements = new List<CaseOutcome>();
        for (var i = 0; i < count; i++)
        {
            summary.ContextKeysDropped += answers[i].IgnoredContextKeys.Count;
            if (outcomes[i] is not { } outcome)
            {
                var reason = DataRejections.FirstOrDefault(r => answers[i].Error!.Contains(r.Marker, StringComparison.Ordinal)).Reason;
                if (reason is not null) summary.RejectedByOracle[reason] = summary.RejectedByOracle.GetValueOrDefault(reason) + 1;
                else summary.Unexplained.Add(new CaseOutcome(requests[i], VigilDecider.Decide(requests[i]), answers[i]).Describe("iam-simulate rejected a generated request"));
                continue;
            }

            if (outcome.Agrees)
            {
                summary.Agreements++;
                summary.Decisions[outcome.Vigil!] = summary.Decisions.GetValueOrDefault(outcome.Vigil!) + 1;
            }
            else disagreements.Add(outcome);
        }

        Explain(disagreements, summary);
        summary.Elapsed = clock.Elapsed;
        return summary;
    }

    private static void DropIgnoredKeys(JsonObject request, IReadOnlyList<string> ignored)
    {
        if (ignored.Count == 0 || request["context"] is not JsonObject context) return;
        foreach (var key in ignored) context.Remove(key);
    }

    private void Explain(List<CaseOutcome> disagreements, DifferentialSummary summary)
    {
        var candidates = disagreements.Select(Candidates).ToList();
        var flat = candidates.SelectMany(c => c).ToList();
        var answers = oracle.Decide(flat.Select(c => c.Request.ToJsonString()).ToList(), shards);
        var next = 0;
        for (var d = 0; d < disagreements.Count; d++)
        {
            var outcome = disagreements[d];
            string? explainedBy = null;
            foreach (var (id, request) in candidates[d])
            {
                var answer = answers[next++];
                if (explainedBy is null && answer.Error is null && answer.Decision == outcome.Vigil && VigilDecider.Decide(request) == outcome.Vigil) explainedBy = id;
            }

            if (explainedBy is not null)
            {
                summary.SkippedByDivergence[explainedBy] = summary.SkippedByDivergence.GetValueOrDefault(explainedBy) + 1;
                continue;
            }

            var tried = candidates[d].Count == 0 ? "no documented divergence applies" : "documented divergences tried: " + string.Join(", ", candidates[d].Select(c => c.Id).Distinct());
            summary.Unexplained.Add(outcome.Describe($"DISAGREEMENT ({tried})"));
        }
    }

    /// <summary>
    /// The rewrites of each applicable divergence alone, then of every divergence that applies in turn (a rewrite can make
    /// another apply), and that combination without each of its members, so the reported ids are the ones needed.
    /// </summary>
    private static List<(string Id, JsonObject Request)> Candidates(CaseOutcome outcome)
    {
        var candidates = KnownDivergences.All.Where(d => d.Applies(outcome.Request)).SelectMany(d => d.Neutralise(outcome.Request).Select(r => (d.Id, r))).ToList();
        var (all, applied) = Combine(outcome.Request, KnownDivergences.All);
        if (applied.Count < 2) return candidates;
        foreach (var left in applied)
        {
            var (without, used) = Combine(outcome.Request, KnownDivergences.All.Where(d => d != left).ToList());
            if (used.Count > 0) candidates.AddRange(without.Select(r => (string.Join("+", used.Select(d => d.Id)), r)));
        }

        candidates.AddRange(all.Select(r => (string.Join("+", applied.Select(d => d.Id)), r)));
        return candidates;
    }

    private static (List<JsonObject> Requests, List<Divergence> Applied) Combine(JsonObject request, IReadOnlyList<Divergence> divergences)
    {
        var requests = new List<JsonObject> { request };
        var applied = new List<Divergence>();
        foreach (var divergence in divergences)
        {
            if (!requests.Any(divergence.Applies)) continue;
            applied.Add(divergence);
            requests = requests.SelectMany(r => divergence.Applies(r) ? divergence.Neutralise(r) : [r]).ToList();
        }

        return (requests, applied);
    }
}
