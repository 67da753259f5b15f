using System.Text.Json.Nodes;
using Vigil.Core.Model.Account;
using Vigil.ScriptedAws.Script;
using Vigil.ScriptedAws.Wire;

namespace Vigil.ScriptedAws.Accounts;

/// <summary>organizations:DescribeOrganization: the account's organization, or AWSOrganizationsNotInUseException
/// for an account in none (as Organizations answers).</summary>
internal static class OrganizationScript
{
    public static void Add(AccountScope scope, ScriptedAccount script)
    {
        var account = scope.Of<Account>().FirstOrDefault();
        if (account?.OrganizationId is not { } id)
        {
            script.Fail("organizations", "DescribeOrganization",
                new FakeError("AWSOrganizationsNotInUseException", "Your account is not a member of an organization.", 400));
            return;
        }
        var master = account.IsOrganizationManagementAccount == true ? scope.AccountId : "999999999999";
        script.Answer("organizations", "DescribeOrganization", new JsonObject
        {
            ["Organization"] = new JsonObject
            {
                ["Id"] = id,
                ["Arn"] = $"arn:aws:organizations::{master}:organization/{id}",
                ["FeatureSet"] = "ALL",
                ["MasterAccountArn"] = $"arn:aws:organizations::{master}:account/{id}/{master}",
                ["MasterAccountId"] = master,
                ["MasterAccountEmail"] = "management@example.com",
            },
        });
    }
}
