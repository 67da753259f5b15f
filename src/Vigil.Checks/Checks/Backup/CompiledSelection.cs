using Vigil.Core.Engine;
using Vigil.Core.Model;
using Vigil.Core.Model.Backup;

namespace Vigil.Checks.Checks.Backup;

/// <summary>A backup selection arranged for matching many resources: exact ARNs in hash sets, wildcard patterns apart.</summary>
internal sealed class CompiledSelection
{
    private readonly HashSet<string> _arns = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _patterns = [];
    private readonly HashSet<string> _excludedArns = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _excludedPatterns = [];
    private readonly BackupTagCondition[] _anyTags;
    private readonly BackupTagCondition[] _allConditions;
    private readonly bool _selectsAll;

    public CompiledSelection(BackupSelection selection)
    {
        Split(selection.Resources, _arns, _patterns);
        Split(selection.NotResources, _excludedArns, _excludedPatterns);
        _anyTags = [.. selection.ListOfTags];
        _allConditions = [.. selection.Conditions];
        _selectsAll = selection.Resources.Count == 0 && selection.ListOfTags.Count == 0;
        ReadsTags = _anyTags.Length > 0 || _allConditions.Length > 0;
    }

    /// <summary>Whether the answer depends on the resource's tags.</summary>
    public bool ReadsTags { get; }

    /// <summary>Whether the selection assigns <paramref name="resource"/> to its plan, judging its tags as recorded.</summary>
    public bool Selects(Resource resource)
    {
        var arn = resource.Arn;
        if (!_selectsAll && !_arns.Contains(arn) && !AnyMatch(_patterns, arn) && !AnyTag(resource.Tags)) return false;
        if (_excludedArns.Contains(arn) || AnyMatch(_excludedPatterns, arn)) return false;
        foreach (var condition in _allConditions)
        {
            if (!Holds(condition, resource.Tags)) return false;
        }
        return true;
    }

    private bool AnyTag(IReadOnlyDictionary<string, string> tags)
    {
        foreach (var condition in _anyTags)
        {
            if (Holds(condition, tags)) return true;
        }
        return false;
    }

    private static bool Holds(BackupTagCondition condition, IReadOnlyDictionary<string, string> tags)
    {
        var present = tags.TryGetValue(condition.TagKey, out var value);
        return condition.Operator switch
        {
            "StringEquals" => present && string.Equals(value, condition.Value, StringComparison.Ordinal),
            "StringNotEquals" => !present || !string.Equals(value, condition.Value, StringComparison.Ordinal),
            "StringLike" => present && Glob.IsMatch(condition.Value, value!, ignoreCase: false),
            "StringNotLike" => !present || !Glob.IsMatch(condition.Value, value!, ignoreCase: false),
            _ => false,
        };
    }

    private static bool AnyMatch(List<string> patterns, string arn)
    {
        foreach (var pattern in patterns)
        {
            if (Glob.IsMatch(pattern, arn)) return true;
        }
        return false;
    }

    private static void Split(IReadOnlyList<string> arnsOrPatterns, HashSet<string> arns, List<string> patterns)
    {
        foreach (var item in arnsOrPatterns)
        {
            if (item.Contains('*', StringComparison.Ordinal) || item.Contains('?', StringComparison.Ordinal)) patterns.Add(item);
            else arns.Add(item);
        }
    }
}
