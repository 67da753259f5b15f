using System.Text.Json.Nodes;
using Vigil.Core.Model.Kms;
using Vigil.ScriptedAws.Script;

namespace Vigil.ScriptedAws.Accounts;

/// <summary>KMS per region: ListKeys, ListAliases, and per key (by id and by ARN) DescribeKey, GetKeyPolicy and
/// GetKeyRotationStatus, and the tags of customer managed keys.</summary>
internal static class KmsScript
{
    public static void Add(AccountScope scope, ScriptedAccount script)
    {
        foreach (var region in scope.Regions)
        {
            var keys = scope.In<KmsKey>(region).ToList();
            script.Answer("kms", "ListKeys", new JsonObject { ["Keys"] = Trees.Array(keys.Select(k => new JsonObject { ["KeyId"] = k.KeyId, ["KeyArn"] = k.Arn })) }, region);
            script.Answer("kms", "ListAliases", new JsonObject
            {
                ["Aliases"] = Trees.Array(keys.SelectMany(k => k.Aliases.Select(a => new JsonObject
                {
                    ["AliasName"] = a, ["AliasArn"] = $"arn:aws:kms:{region}:{scope.AccountId}:{a}", ["TargetKeyId"] = k.KeyId,
                }))),
            }, region);
            foreach (var key in keys)
            {
                var metadata = Trees.Object(
                    ("AWSAccountId", scope.AccountId), ("KeyId", key.KeyId), ("Arn", key.Arn), ("CreationDate", "2020-01-01T00:00:00Z"),
                    ("Enabled", key.KeyState == "Enabled"), ("KeyUsage", key.KeyUsage), ("KeyState", key.KeyState), ("DeletionDate", Trees.Iso(key.DeletionDate)),
                    ("Origin", key.Origin), ("KeyManager", key.KeyManager), ("KeySpec", key.KeySpec), ("CustomerMasterKeySpec", key.KeySpec),
                    ("MultiRegion", key.MultiRegion));
                foreach (var id in new[] { key.KeyId, key.Arn })
                {
                    var when = new JsonObject { ["KeyId"] = id };
                    script.Answer("kms", "DescribeKey", new JsonObject { ["KeyMetadata"] = metadata.DeepClone() }, region, when);
                    script.Answer("kms", "GetKeyRotationStatus", new JsonObject { ["KeyRotationEnabled"] = key.RotationEnabled == true, ["KeyId"] = key.Arn }, region, when.DeepClone().AsObject());
                }
                if (key.KeyManager == "CUSTOMER")
                {
                    script.Answer("kms", "ListResourceTags", new JsonObject { ["Tags"] = Trees.KeyValueTags(key.Tags, "TagKey", "TagValue"), ["Truncated"] = false },
                        region, new JsonObject { ["KeyId"] = key.KeyId });
                }
                if (key.Policy is { } policy)
                {
                    script.Answer("kms", "GetKeyPolicy", new JsonObject { ["Policy"] = policy, ["PolicyName"] = "default" }, region, new JsonObject { ["KeyId"] = key.KeyId });
                }
            }
        }
    }
}
