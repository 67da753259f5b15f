using System.Net;
using Vigil.Aws.Collectors.Organizations;
using Vigil.Aws.Tests.Collectors.Iam;
using Vigil.Core.Model;
using Vigil.Core.Model.Organizations;
using static Vigil.Aws.Tests.Collectors.Organizations.OrganizationPolicyEstate;

namespace Vigil.Aws.Tests.Collectors.Organizations;

public sealed class OrganizationPolicyCollectorTests
{
    [Fact]
    public async Task Collect_ReadsEveryScpAndRcpWithDocumentAndTargets_AndTheAccountsParentsRootFirst()
    {
        var aws = Organization();

        var snapshot = await CollectorRun.CollectAsync(aws, new OrganizationPolicyCollector());

        Assert.Empty(aws.Unscripted);
        Assert.Equal(new OrganizationPolicyCollector().Actions, aws.Actions());
        Assert.Empty(snapshot.Errors);
        Assert.Equal([Root, Outer, Inner], Assert.Single(snapshot.Accounts).OrganizationParents);
        Assert.Equal(3, snapshot.OrganizationPolicies.Count);
        var deny = snapshot.OrganizationPolicies.Single(p => p.Arn == DenyArn);
        Assert.Equal(("NoBucketDeletes", "111111111111", OrganizationPolicy.ServiceControlPolicy, false, DenyDocument),
            (deny.Name, deny.AccountId, deny.PolicyType, deny.AwsManaged, deny.Document));
        Assert.Equal([Inner], deny.Targets);
        Assert.Empty(deny.Unreadable);
        var full = snapshot.OrganizationPolicies.Single(p => p.Arn == FullAccessArn);
        Assert.Equal(("FullAWSAccess", CollectorRun.AccountId, true), (full.Name, full.AccountId, full.AwsManaged));
        Assert.Equal([Root], full.Targets);
        Assert.Equal(OrganizationPolicy.ResourceControlPolicy, snapshot.OrganizationPolicies.Single(p => p.Arn == RcpArn).PolicyType);
        Assert.Equal(2, aws.CallsOf("organizations:ListPolicies").Count(c => Field(c, "Filter") == "SERVICE_CONTROL_POLICY"));
    }

    [Fact]
    public async Task Collect_ListingDenied_RecordsThePolicyListingAndTheParentsAsUnread()
    {
        var aws = Organization()
            .On("organizations:ListPolicies", () => Denied("organizations:ListPolicies"))
            .On("organizations:ListParents", () => Denied("organizations:ListParents"));

        var snapshot = await CollectorRun.CollectAsync(aws, new OrganizationPolicyCollector());

        Assert.Empty(snapshot.OrganizationPolicies);
        var account = Assert.Single(snapshot.Accounts);
        Assert.Null(account.OrganizationParents);
        Assert.Equal(["OrganizationParents"], account.Unreadable);
        var listing = Assert.Single(snapshot.Errors, e => e.ResourceType == ResourceTypes.OrganizationPolicy);
        Assert.Equal(("organizations", "ListPolicies", "AccessDeniedException", null), (listing.Service, listing.Operation, listing.ErrorCode, listing.ResourceArn));
        var parents = Assert.Single(snapshot.Errors, e => e.ResourceType == ResourceTypes.Account);
        Assert.Equal(("ListParents", "OrganizationParents"), (parents.Operation, parents.Property));
    }

    [Fact]
    public async Task Collect_OneDocumentDenied_KeepsThePolicyWithItsDocumentUnread()
    {
        var aws = Organization().On("organizations:DescribePolicy", call => Field(call, "PolicyId") == "p-examplepolicyid111"
            ? Denied("organizations:DescribePolicy")
            : Wire.Json("""{"Policy":{"Content":"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}"}}"""));

        var snapshot = await CollectorRun.CollectAsync(aws, new OrganizationPolicyCollector());

        var deny = snapshot.OrganizationPolicies.Single(p => p.Arn == DenyArn);
        Assert.Null(deny.Document);
        Assert.Equal(["Document"], deny.Unreadable);
        Assert.Equal([Inner], deny.Targets);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal((DenyArn, "Document", "DescribePolicy"), (error.ResourceArn, error.Property, error.Operation));
        Assert.Equal(3, snapshot.OrganizationPolicies.Count);
    }

    [Fact]
    public async Task Collect_NotInAnOrganization_ReadsNothingAndRecordsNoError()
    {
        var notInUse = () => Wire.JsonError(HttpStatusCode.BadRequest, "AWSOrganizationsNotInUseException", "Your account is not a member of an organization.");
        var aws = new FakeAws().On("organizations:ListPolicies", notInUse).On("organizations:ListParents", notInUse);

        var snapshot = await CollectorRun.CollectAsync(aws, new OrganizationPolicyCollector());

        Assert.Empty(snapshot.OrganizationPolicies);
        Assert.Empty(snapshot.Errors);
        Assert.All(snapshot.Accounts, a => Assert.Null(a.OrganizationParents));
    }
}
