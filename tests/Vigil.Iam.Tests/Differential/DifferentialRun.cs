using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Vigil.Iam.Tests.Differential;

/// <summary>Generates cases, asks iam-simulate and Vigil, and puts each disagreement down to a documented divergence or reports it in full.</summary>
internal sealed class DifferentialRun(IamSimulateOracle oracle, int shards)
{
    /// <summary>At most this many applicable divergences are combined in every way (2^8 sets); more are only combined all together.</summary>
    private const int MaxCombined = 8;

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
    /// Puts each disagreement down to the fewest divergences whose rewrites make iam-simulate agree while Vigil's decision
    /// stays: each applicable divergence alone first, then every larger set of them (applied in turn), smallest first, and
    /// last every divergence that applies in turn (a rewrite can make another apply).
    /// </summary>
    private void Explain(List<CaseOutcome> disagreements, DifferentialSummary summary)
    {
        var explanations = new List<Divergence>?[disagreements.Count];
        var singles = disagreements.Select(d => KnownDivergences.All.Where(x => x.Applies(d.Request)).Select(x => Combine(d.Request, [x])).ToList()).ToList();
        Settle(disagreements, Enumerable.Range(0, disagreements.Count).ToList(), singles, explanations);

        var rest = Enumerable.Range(0, disagreements.Count).Where(d => explanations[d] is null).ToList();
        var sets = rest.Select(d =>
        {
            var applicable = KnownDivergences.All.Where(x => x.Applies(disagreements[d].Request)).Take(MaxCombined).ToList();
            return Subsets(applicable).Where(set => set.Count > 1).OrderBy(set => set.Count).Select(set => Combine(disagreements[d].Request, set))
                .Append(Combine(disagreements[d].Request, KnownDivergences.All)).ToList();
        }).ToList();
        Settle(disagreements, rest, sets, explanations);

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

    /// <summary>Records, for each listed case, the first of its candidates that explains it.</summary>
    private void Settle(List<CaseOutcome> disagreements, List<int> cases, List<List<(JsonObject Request, List<Divergence> Applied)>> candidates, List<Divergence>?[] explanations)
    {
        var verdicts = Verdicts(cases.Select(d => disagreements[d]).ToList(), candidates);
        for (var c = 0; c < cases.Count; c++)
        {
            var explaining = candidates[c].Where((candidate, i) => verdicts[c][i] && candidate.Applied.Count > 0).Select(candidate => candidate.Applied).FirstOrDefault();
            if (explaining is not null) explanations[cases[c]] = explaining;
        }
    }

    private static IEnumerable<List<Divergence>> Subsets(List<Divergence> divergences) =>
        Enumerable.Range(1, (1 << divergences.Count) - 1).Select(mask => divergences.Where((_, i) => (mask & (1 << i)) != 0).ToList());

    /// <summary>For each case and each candidate: whether the rewritten request keeps Vigil's decision and makes iam-simulate agree.</summary>
    private List<bool[]> Verdicts(List<CaseOutcome> outcomes, List<List<(JsonObject Request, List<Divergence> Applied)>> candidates)
    {
        var flat = candidates.SelectMany(c => c.Select(x => x.Request)).ToList();
        var answers = oracle.Decide(flat.Select(r => r.ToJsonString()).ToList(), shards);
        var next = 0;
        var verdicts = new List<bool[]>(outcomes.Count);
        for (var o = 0; o < outcomes.Count; o++)
        {
            var vigil = outcomes[o].Vigil;
            verdicts.Add(candidates[o].Select(candidate => (candidate.Request, Answer: answers[next++])).ToList()
                .Select(x => x.Answer.Error is null && x.Answer.Decision == vigil && VigilDecider.Decide(x.Request) == vigil).ToArray());
        }

        return verdicts;
    }

    /// <summary>Applies each divergence in turn where it applies to the request as rewritten so far.</summary>
    private static (JsonObject Request, List<Divergence> Applied) Combine(JsonObject request, IReadOnlyList<Divergence> divergences)
    {
        var applied = new List<Divergence>();
        foreach (var divergence in divergences)
        {
            if (!divergence.Applies(request)) continue;
            applied.Add(divergence);
            request = divergence.Neutralise(request);
        }

        return (request, applied);
    }
}
