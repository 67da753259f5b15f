using Vigil.Core.Model;
using Vigil.Core.Model.Backup;

namespace Vigil.Checks.Checks.Backup;

/// <summary>A backup plan with its selections compiled, and whether what it covers is known.</summary>
internal sealed class CompiledPlan
{
    public CompiledPlan(BackupPlan plan)
    {
        Name = plan.Name;
        var selections = plan.Selections.Count > 0
            ? plan.Selections
            : plan.SelectedResources.Count > 0 ? [new BackupSelection { SelectionName = plan.Name, Resources = plan.SelectedResources }] : [];
        Selections = [.. selections.Select(s => new CompiledSelection(s))];
        RulesUnknown = plan.Unreadable.Contains(nameof(BackupPlan.Rules));
        HasRules = plan.Rules.Count > 0;
        SelectionsUnknown = plan.Unreadable.Contains(nameof(BackupPlan.SelectedResources)) || plan.Unreadable.Contains(nameof(BackupPlan.Selections));
    }

    public string Name { get; }

    public CompiledSelection[] Selections { get; }

    /// <summary>The plan has at least one rule, so the resources it selects are backed up on a schedule.</summary>
    public bool HasRules { get; }

    public bool RulesUnknown { get; }

    public bool SelectionsUnknown { get; }

    /// <summary>Whether the plan backs <paramref name="resource"/> up; null when that cannot be told from what was read.</summary>
    public bool? Covers(Resource resource, bool tagsUnknown)
    {
        if (!HasRules && !RulesUnknown) return false;
        if (SelectionsUnknown) return null;
        var unknown = false;
        foreach (var selection in Selections)
        {
            if (selection.Selects(resource)) return RulesUnknown ? null : true;
            if (tagsUnknown && selection.ReadsTags) unknown = true;
        }
        return unknown ? null : false;
    }
}
