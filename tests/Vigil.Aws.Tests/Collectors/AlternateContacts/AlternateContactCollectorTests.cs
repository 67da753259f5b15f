using System.Net;
using System.Text.Json.Nodes;
using Vigil.Aws.Collectors.AlternateContacts;
using Vigil.Aws.Tests.Collectors.Iam;
using Vigil.Core.Findings;
using Vigil.Core.Model;
using Vigil.Core.Model.Account;

namespace Vigil.Aws.Tests.Collectors.AlternateContacts;

public sealed class AlternateContactCollectorTests
{
    private static FakeAws Script() => new FakeAws().On("account:GetAlternateContact", call =>
        JsonNode.Parse(call.Body)!["AlternateContactType"]!.GetValue<string>() switch
        {
            "SECURITY" => Wire.RestJson("""{"AlternateContact":{"AlternateContactType":"SECURITY","EmailAddress":"security@example.com","Name":"Sec Team","PhoneNumber":"+1-555-0100","Title":"CISO"}}"""),
            "OPERATIONS" => Wire.RestJsonError(HttpStatusCode.NotFound, "ResourceNotFoundException", "No contact of the inputted alternate contact type found."),
            var other => Wire.RestJson($$$"""{"AlternateContact":{"AlternateContactType":"{{{other}}}","EmailAddress":"billing@example.com","Name":"Billing","PhoneNumber":"+1-555-0101","Title":"CFO"}}"""),
        });

    [Fact]
    public async Task Collect_ReadsTheThreeContacts_AndAnUnregisteredOneAsNotRegistered()
    {
        var aws = Script();

        var snapshot = await CollectorRun.CollectAsync(aws, new AlternateContactCollector());

        Assert.Empty(aws.Unscripted);
        Assert.Equal(new AlternateContactCollector().Actions, aws.Actions());
        Assert.Empty(snapshot.Errors);
        Assert.Equal(["BILLING", "OPERATIONS", "SECURITY"], aws.CallsOf("account:GetAlternateContact").Select(c => JsonNode.Parse(c.Body)!["AlternateContactType"]!.GetValue<string>()).Order());
        Assert.All(aws.CallsOf("account:GetAlternateContact"), c => Assert.Equal(("POST", "/getAlternateContact"), (c.Method, c.Uri.AbsolutePath)));
        var account = Assert.Single(snapshot.Accounts);
        Assert.Equal(new AlternateContact { Name = "Sec Team", Title = "CISO", EmailAddress = "security@example.com", PhoneNumber = "+1-555-0100" }, account.SecurityContact);
        Assert.Same(AlternateContact.NotRegistered, account.OperationsContact);
        Assert.Equal("billing@example.com", account.BillingContact!.EmailAddress);
        Assert.Empty(account.Unreadable);
    }

    [Fact]
    public async Task Collect_ContactDenied_IsUnreadable_AndTheCheckReportsError()
    {
        var aws = new FakeAws().On("account:GetAlternateContact", () => Wire.RestJsonError(HttpStatusCode.Forbidden, "AccessDeniedException",
            "User: arn:aws:iam::123456789012:user/auditor is not authorized to perform: account:GetAlternateContact"));

        var snapshot = await CollectorRun.CollectAsync(aws, new AlternateContactCollector());

        var account = Assert.Single(snapshot.Accounts);
        Assert.Equal((null, null, null), (account.SecurityContact, account.OperationsContact, account.BillingContact));
        Assert.Equal(["SecurityContact", "OperationsContact", "BillingContact"], account.Unreadable);
        Assert.Equal(3, snapshot.Errors.Count);
        Assert.All(snapshot.Errors, e => Assert.Equal(("account", "GetAlternateContact", "AccessDeniedException", account.Arn), (e.Service, e.Operation, e.ErrorCode, e.ResourceArn)));
        var finding = Assert.Single(CheckRun.Evaluate(snapshot, "account-security-contact-registered"));
        Assert.Equal(FindingStatus.Error, finding.Status);
    }
}
