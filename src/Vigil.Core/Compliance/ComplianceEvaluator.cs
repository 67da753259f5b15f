using Vigil.Core.Findings;
using Vigil.Core.Frameworks;

namespace Vigil.Core.Compliance;

/// <summary>Rolls findings up into per-requirement verdicts and per-section and per-framework scores.</summary>
public static class ComplianceEvaluator
{
    public static IReadOnlyList<FrameworkResult> Evaluate(IEnumerable<Framework> frameworks, IReadOnlyList<Finding> findings, IEnumerable<string> evaluatedCheckIds)
    {
        var byCheck = new Dictionary<string, StatusCounts>(StringComparer.Ordinal);
        foreach (var id in evaluatedCheckIds) byCheck[id] = default;
        foreach (var finding in findings)
        {
            ref var counts = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(byCheck, finding.Metadata.Id, out _);
            counts = counts.Add(finding.Status);
        }
        return frameworks.Select(f => Evaluate(f, byCheck)).ToList();
    }

    private static FrameworkResult Evaluate(Framework framework, IReadOnlyDictionary<string, StatusCounts> byCheck)
    {
        var requirements = framework.Requirements.Select(r => Evaluate(r, byCheck)).ToList();
        var sections = requirements
            .Where(r => r.Evaluated)
            .GroupBy(r => r.Requirement.Section, StringComparer.Ordinal)
            .Select(g => new SectionResult(g.Key, g.Aggregate(default(StatusCounts), (counts, r) => counts.Add(r.Status))))
            .ToList();
        var totals = sections.Aggregate(default(StatusCounts), (counts, s) => counts + s.Requirements);
        return new FrameworkResult(framework, requirements, sections, totals);
    }

    private static RequirementResult Evaluate(FrameworkRequirement requirement, IReadOnlyDictionary<string, StatusCounts> byCheck)
    {
        if (requirement.Checks.Count == 0) return new RequirementResult(requirement, FindingStatus.Manual, true, [], default);
        var evaluated = requirement.Checks.Where(byCheck.ContainsKey).ToList();
        var findings = evaluated.Aggregate(default(StatusCounts), (counts, id) => counts + byCheck[id]);
        var status = findings switch
        {
            { Fail: > 0 } => FindingStatus.Fail,
            { Error: > 0 } => FindingStatus.Error,
            { Manual: > 0 } => FindingStatus.Manual,
            _ => FindingStatus.Pass,
        };
        return new RequirementResult(requirement, status, evaluated.Count > 0, evaluated, findings);
    }
}
