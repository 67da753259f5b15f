using System.Text.Json.Nodes;
using Vigil.Core.Model.CloudWatch;
using Vigil.ScriptedAws.Script;

namespace Vigil.ScriptedAws.Accounts;

/// <summary>CloudWatch Logs per region: DescribeLogGroups and DescribeMetricFilters.</summary>
internal static class LogsScript
{
    public static void Add(AccountScope scope, ScriptedAccount script)
    {
        foreach (var region in scope.Regions)
        {
            var groups = scope.In<LogGroup>(region).ToList();
            script.Answer("logs", "DescribeLogGroups", new JsonObject
            {
                ["logGroups"] = Trees.Array(groups.Select(g => Trees.Object(
                    ("logGroupName", g.Name), ("creationTime", 1_700_000_000_000L), ("retentionInDays", g.RetentionInDays), ("metricFilterCount", g.MetricFilters.Count),
                    ("arn", g.Arn + ":*"), ("kmsKeyId", g.KmsKeyId), ("logGroupArn", g.Arn)))),
            }, region);
            script.Answer("logs", "DescribeMetricFilters", new JsonObject
            {
                ["metricFilters"] = Trees.Array(groups.SelectMany(g => g.MetricFilters.Select(f => new JsonObject
                {
                    ["filterName"] = f.FilterName, ["filterPattern"] = f.FilterPattern, ["logGroupName"] = g.Name, ["creationTime"] = 1_700_000_000_000L,
                    ["metricTransformations"] = Trees.Array(f.Transformations.Select(t => new JsonObject { ["metricName"] = t.MetricName, ["metricNamespace"] = t.MetricNamespace, ["metricValue"] = "1" })),
                }))),
            }, region);
            foreach (var group in groups)
                script.Answer("logs", "ListTagsForResource", new JsonObject { ["tags"] = Trees.TagMap(group.Tags) }, region, new JsonObject { ["resourceArn"] = group.Arn });
        }
    }
}
