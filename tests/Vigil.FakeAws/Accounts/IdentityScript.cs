using System.Text.Json.Nodes;
using Vigil.ScriptedAws.Script;

namespace Vigil.ScriptedAws.Accounts;

/// <summary>sts:GetCallerIdentity (a user of the account) and ec2:DescribeRegions (the snapshot's regions).</summary>
internal static class IdentityScript
{
    public static void Add(AccountScope scope, ScriptedAccount script)
    {
        script.Answer("sts", "GetCallerIdentity", new JsonObject
        {
            ["UserId"] = "AIDAFAKESCANNER",
            ["Account"] = scope.AccountId,
            ["Arn"] = $"arn:aws:iam::{scope.AccountId}:user/{AccountScript.CallerName}",
        });
        script.Answer("ec2", "DescribeRegions", new JsonObject
        {
            ["Regions"] = Trees.Array(scope.Regions.Select(r => new JsonObject
            {
                ["Endpoint"] = $"ec2.{r}.amazonaws.com",
                ["RegionName"] = r,
                ["OptInStatus"] = "opt-in-not-required",
            })),
        });
    }
}
