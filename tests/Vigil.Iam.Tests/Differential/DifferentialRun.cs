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

    /// <summary>
    /// Puts each disagreement down to the divergences whose rewrites make iam-simulate agree while Vigil's decision stays:
    /// one divergence alone if it suffices, else those that apply to the case together, else every divergence that applies
    /// in turn (a rewrite can make another apply); a combination is then reduced one member at a time while the rest suffice.
    /// </summary>
    private void Explain(List<CaseOutcome> disagreements, DifferentialSummary summary)
    {
        var explanations = new List<Divergence>?[disagreements.Count];
        var first = disagreements.Select(d => Singles(d.Request)
            .Append(Combine(d.Request, KnownDivergences.All.Where(x => x.Applies(d.Request)).ToList()))
            .Append(Combine(d.Request, KnownDivergences.All))
            .ToList()).ToList();
        var verdicts = Verdicts(disagreements, first);
        for (var d = 0; d < disagreements.Count; d++)
        {
            var explaining = first[d].Where((_, i) => verdicts[d][i]).FirstOrDefault();
            if (explaining.Applied is { Count: > 0 }) explanations[d] = explaining.Applied;
        }

        while (true)
        {
            var reducible = Enumerable.Range(0, disagreements.Count).Where(d => explanations[d] is { Count: > 1 }).ToList();
            if (reducible.Count == 0) break;
            var candidates = reducible.Select(d => explanations[d]!.Select(left => Combine(disagreements[d].Request, explanations[d]!.Where(x => x != left).ToList())).ToList()).ToList();
            var reduced = Verdicts(reducible.Select(d => disagreements[d]).ToList(), candidates);
            var progress = false;
            for (var r = 0; r < reducible.Count; r++)
            {
                var smaller = candidates[r].Where((c, i) => reduced[r][i] && c.Applied.Count > 0 && c.Applied.Count < explanations[reducible[r]]!.Count).Select(c => c.Applied).FirstOrDefault();
                if (smaller is null) continue;
                explanations[reducible[r]] = smaller;
                progress = true;
            }

            if (!progress) break;
        }

        for (var d = 0; d < disagreements.Count; d++)
        {
            if (explanations[d] is { } ids)
            {
                var id = string.Join("+", ids.Select(x => x.Id));
                summary.SkippedByDivergence[id] = summary.SkippedByDivergence.GetValueOrDefault(id) + 1;
                continue;
            }

            var applicable = KnownDivergences.All.Where(x => x.Applies(disagreements[d].Request)).Select(x => x.Id).ToList();
            var tried = applicable.Count == 0 ? "no documented divergence applies" : "documented divergences tried: " + string.Join(", ", applicable);
            summary.Unexplained.Add(disagreements[d].Describe($"DISAGREEMENT ({tried})"));
        }
    }

    /// <summary>For each case and each candidate: whether every rewritten request of the candidate keeps Vigil's decision and makes iam-simulate agree.</summary>
    private List<bool[]> Verdicts(List<CaseOutcome> outcomes, List<List<(List<JsonObject> Requests, List<Divergence> Applied)>> candidates)
    {
        var flat = candidates.SelectMany(c => c.SelectMany(x => x.Requests)).ToList();
        var answers = oracle.Decide(flat.Select(r => r.ToJsonString()).ToList(), shards);
        var next = 0;
        var verdicts = new List<bool[]>(outcomes.Count);
        for (var o = 0; o < outcomes.Count; o++)
        {
            var vigil = outcomes[o].Vigil;
            verdicts.Add(candidates[o].Select(candidate => candidate.Requests.Select(request => (request, answer: answers[next++])).ToList()
                .Any(x => x.answer.Error is null && x.answer.Decision == vigil && VigilDecider.Decide(x.request) == vigil)).ToArray());
        }

        return verdicts;
    }

    /// <summary>Each applicable divergence alone, one candidate per rewrite it offers.</summary>
    private static IEnumerable<(List<JsonObject> Requests, List<Divergence> Applied)> Singles(JsonObject request) =>
        KnownDivergences.All.Where(d => d.Applies(request)).SelectMany(d => d.Neutralise(request).Select(r => (new List<JsonObject> { r }, new List<Divergence> { d })));

    /// <summary>Applies each divergence in turn where it applies; a divergence with several rewrites yields one request per rewrite.</summary>
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
