using System.Text.Json.Nodes;
using Vigil.Core.Model.Account;
using Vigil.ScriptedAws.Script;
using Vigil.ScriptedAws.Wire;

namespace Vigil.ScriptedAws.Accounts;

/// <summary>Per region: Macie's session (AccessDeniedException "Macie is not enabled" when there is none, as Macie
/// answers) and its automated discovery, Amazon Inspector's scan types (DISABLED when the snapshot has none), and the
/// SSM service setting for public sharing of documents.</summary>
internal static class SecurityServicesScript
{
    private const string PublicSharingSetting = "/ssm/documents/console/public-sharing-permission";

    public static void Add(AccountScope scope, ScriptedAccount script)
    {
        foreach (var region in scope.Regions)
        {
            var settings = scope.In<AccountRegion>(region).FirstOrDefault();
            if (settings?.Macie is "ENABLED" or "PAUSED")
            {
                script.Answer("macie2", "GetMacieSession", new JsonObject { ["status"] = settings.Macie }, region);
                script.Answer("macie2", "GetAutomatedDiscoveryConfiguration", new JsonObject { ["status"] = settings.MacieAutomatedDiscovery ?? "DISABLED" }, region);
            }
            else
            {
                script.Fail("macie2", "GetMacieSession", new FakeError("AccessDeniedException", "Macie is not enabled.", 403), region);
            }
            var inspector = settings?.Inspector;
            JsonObject State(string? status) => new() { ["status"] = status ?? "DISABLED" };
            script.Answer("inspector2", "BatchGetAccountStatus", new JsonObject
            {
                ["accounts"] = new JsonArray(new JsonObject
                {
                    ["accountId"] = scope.AccountId,
                    ["state"] = State(inspector is null ? null : "ENABLED"),
                    ["resourceState"] = new JsonObject
                    {
                        ["ec2"] = State(inspector?.Ec2),
                        ["ecr"] = State(inspector?.Ecr),
                        ["lambda"] = State(inspector?.Lambda),
                        ["lambdaCode"] = State(inspector?.LambdaCode),
                    },
                }),
                ["failedAccounts"] = new JsonArray(),
            }, region);
            script.Answer("ssm", "GetServiceSetting", new JsonObject
            {
                ["ServiceSetting"] = new JsonObject
                {
                    ["SettingId"] = PublicSharingSetting,
                    ["SettingValue"] = settings?.SsmDocumentPublicSharing ?? "Disable",
                    ["Status"] = "Default",
                },
            }, region);
        }
    }
}
