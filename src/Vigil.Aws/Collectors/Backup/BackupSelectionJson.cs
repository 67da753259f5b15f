using System.Text.Json.Nodes;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model.Backup;

namespace Vigil.Aws.Collectors.Backup;

/// <summary>The BackupSelection member of GetBackupSelection's answer as a <see cref="BackupSelection"/>.</summary>
internal static class BackupSelectionJson
{
    private const string ResourceTagPrefix = "aws:ResourceTag/";
    private static readonly string[] Operators = ["StringEquals", "StringNotEquals", "StringLike", "StringNotLike"];

    public static BackupSelection ToSelection(JsonNode selection) => new()
    {
        SelectionName = selection.Text("SelectionName") ?? throw new InvalidDataException("GetBackupSelection returned a selection without SelectionName"),
        Resources = selection.Texts("Resources"),
        NotResources = selection.Texts("NotResources"),
        // ListOfTags has only one condition type (STRINGEQUALS) and names the tag key without a prefix.
        ListOfTags = [.. selection.Items("ListOfTags").Select(tag => Condition("StringEquals", tag))],
        Conditions = [.. Operators.SelectMany(op => selection["Conditions"].Items(op).Select(condition => Condition(op, condition)))],
    };

    private static BackupTagCondition Condition(string op, JsonNode condition)
    {
        var key = condition.Text("ConditionKey") ?? throw new InvalidDataException("GetBackupSelection returned a condition without ConditionKey");
        return new BackupTagCondition
        {
            Operator = op,
            TagKey = key.StartsWith(ResourceTagPrefix, StringComparison.Ordinal) ? key[ResourceTagPrefix.Length..] : key,
            Value = condition.Text("ConditionValue") ?? "",
        };
    }
}
