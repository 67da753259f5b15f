using System.Net;
using Vigil.Aws.Collectors.Organizations;
using Vigil.Aws.Tests.Collectors.Iam;

namespace Vigil.Aws.Tests.Collectors.Organizations;

public sealed class OrganizationCollectorTests
{
    private static string Organization(string managementAccount) => $$$"""
        {"Organization":{"Id":"o-exampleorgid","Arn":"arn:aws:organizations::{{{managementAccount}}}:organization/o-exampleorgid","FeatureSet":"ALL",
        "MasterAccountArn":"arn:aws:organizations::{{{managementAccount}}}:account/o-exampleorgid/{{{managementAccount}}}","MasterAccountId":"{{{managementAccount}}}",
        "MasterAccountEmail":"bill@example.com","AvailablePolicyTypes":[{"Type":"SERVICE_CONTROL_POLICY","Status":"ENABLED"}]}}
        """;

    [Theory]
    [InlineData(CollectorRun.AccountId, true)]
    [InlineData("111111111111", false)]
    public async Task Collect_ReadsTheOrganization_AndWhetherThisIsItsManagementAccount(string managementAccount, bool isManagement)
    {
        var aws = new FakeAws().On("organizations:DescribeOrganization", () => Wire.Json(Organization(managementAccount)));

        var snapshot = await CollectorRun.CollectAsync(aws, new OrganizationCollector());

        Assert.Empty(aws.Unscripted);
        Assert.Equal(new OrganizationCollector().Actions, aws.Actions());
        Assert.Equal("organizations:DescribeOrganization", Assert.Single(aws.Calls).Key);
        var account = Assert.Single(snapshot.Accounts);
        Assert.Equal(("o-exampleorgid", isManagement), (account.OrganizationId, account.IsOrganizationManagementAccount!.Value));
        Assert.Empty(snapshot.Errors);
    }

    [Fact]
    public async Task Collect_NotInAnOrganization_IsNoOrganizationAndNotAFailure()
    {
        var aws = new FakeAws().On("organizations:DescribeOrganization", () => Wire.JsonError(HttpStatusCode.BadRequest,
            "AWSOrganizationsNotInUseException", "Your account is not a member of an organization."));

        var snapshot = await CollectorRun.CollectAsync(aws, new OrganizationCollector());

        var account = Assert.Single(snapshot.Accounts);
        Assert.Equal((null, false), (account.OrganizationId, account.IsOrganizationManagementAccount!.Value));
        Assert.Empty(account.Unreadable);
        Assert.Empty(snapshot.Errors);
    }

    [Fact]
    public async Task Collect_Denied_LeavesTheOrganizationUnread()
    {
        var aws = new FakeAws().On("organizations:DescribeOrganization", () => Wire.JsonError(HttpStatusCode.BadRequest,
            "AccessDeniedException", "You don't have permissions to access this resource."));

        var snapshot = await CollectorRun.CollectAsync(aws, new OrganizationCollector());

        var account = Assert.Single(snapshot.Accounts);
        Assert.Equal((null, null), (account.OrganizationId, account.IsOrganizationManagementAccount));
        Assert.Equal(["OrganizationId", "IsOrganizationManagementAccount"], account.Unreadable);
        Assert.Equal(["OrganizationId", "IsOrganizationManagementAccount"], snapshot.Errors.Select(e => e.Property));
        Assert.All(snapshot.Errors, e => Assert.Equal(("organizations", "AccessDeniedException"), (e.Service, e.ErrorCode)));
    }
}
