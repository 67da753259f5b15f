using System.Net;
using System.Web;
using Vigil.Aws.Collection;
using Vigil.Aws.Credentials;
using Vigil.Aws.Signing;
using Vigil.Aws.Tests.Collectors.Iam;
using Vigil.Checks;
using Vigil.Core;
using Vigil.Core.Checks;
using Vigil.Core.Engine;
using Vigil.Core.Findings;

namespace Vigil.Aws.Tests.EndToEnd;

/// <summary>--organization over HTTP: the accounts listed, each member read through its assumed role, an account whose
/// role cannot be assumed kept as errors, suspended accounts left out.</summary>
public sealed class OrganizationCollectionTests
{
    private const string Management = "111111111111";
    private const string Member = "222222222222";
    private const string Locked = "333333333333";
    private const string Suspended = "444444444444";
    private const string MemberKey = "ASIAMEMBER2222222222";

    private static FakeAws Organization() => new FakeAws()
        .On("sts:GetCallerIdentity", () => FakeAws.Respond(HttpStatusCode.OK,
            $"<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult><Arn>arn:aws:iam::{Management}:user/auditor</Arn><UserId>AIDAAUDITOR</UserId><Account>{Management}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>org</RequestId></ResponseMetadata></GetCallerIdentityResponse>",
            "text/xml"))
        .On("organizations:ListAccounts", () => FakeAws.Respond(HttpStatusCode.OK, $$"""
            {"Accounts":[
              {"Id":"{{Management}}","Name":"management","Status":"ACTIVE"},
              {"Id":"{{Member}}","Name":"payments","Status":"ACTIVE"},
              {"Id":"{{Locked}}","Name":"legacy","Status":"ACTIVE"},
              {"Id":"{{Suspended}}","Name":"closed","Status":"SUSPENDED"}]}
            """, "application/x-amz-json-1.1"))
        .On("sts:AssumeRole", call => AssumeRole(HttpUtility.ParseQueryString(call.Body)["RoleArn"]!))
        .On("sqs:ListQueues", call => FakeAws.Respond(HttpStatusCode.OK,
            call.AccessKey == MemberKey ? $$"""{"QueueUrls":["https://sqs.us-east-1.amazonaws.com/{{Member}}/orders"]}""" : "{}",
            "application/x-amz-json-1.0"))
        .On("sqs:GetQueueAttributes", () => FakeAws.Respond(HttpStatusCode.OK,
            $$$"""{"Attributes":{"QueueArn":"arn:aws:sqs:us-east-1:{{{Member}}}:orders","SqsManagedSseEnabled":"true"}}""", "application/x-amz-json-1.0"));

    private static HttpResponseMessage AssumeRole(string roleArn) => roleArn == $"arn:aws:iam::{Member}:role/OrganizationAccountAccessRole"
        ? FakeAws.Respond(HttpStatusCode.OK,
            $"<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRoleResult><Credentials><AccessKeyId>{MemberKey}</AccessKeyId><SecretAccessKey>secret</SecretAccessKey><SessionToken>token</SessionToken><Expiration>2035-01-01T00:00:00Z</Expiration></Credentials></AssumeRoleResult></AssumeRoleResponse>",
            "text/xml")
        : FakeAws.Respond(HttpStatusCode.Forbidden,
            $"<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>not authorized to perform sts:AssumeRole on {roleArn}</Message></Error><RequestId>x</RequestId></ErrorResponse>",
            "text/xml");

    private static LiveOptions Options(FakeAwsEndpoint endpoint) => new()
    {
        CredentialSource = new StaticCredentialSource(new SigningCredentials("AKIDMANAGEMENT", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", null)),
        Regions = ["us-east-1"],
        EndpointUrl = endpoint.Url,
        Environment = _ => null,
        Organization = true,
    };

    [Fact]
    public async Task Organization_ReadsEveryActiveAccountThroughItsRole_AndKeepsTheUnassumableOneAsErrors()
    {
        var aws = Organization();
        await using var endpoint = new FakeAwsEndpoint(aws);

        var snapshot = await LiveEstate.CollectAsync(Options(endpoint), TimeProvider.System, CancellationToken.None);

        Assert.Equal(
            [(Management, "management"), (Member, "payments"), (Locked, "legacy")],
            snapshot.Accounts.Select(a => (a.AccountId, a.Name)).Order());
        Assert.Equal(["arn:aws:iam::333333333333:role/OrganizationAccountAccessRole", "arn:aws:iam::222222222222:role/OrganizationAccountAccessRole"],
            aws.CallsOf("sts:AssumeRole").Select(c => HttpUtility.ParseQueryString(c.Body)["RoleArn"]).Order().Reverse());
        var queue = Assert.Single(snapshot.SqsQueues);
        Assert.Equal(Member, queue.AccountId);
        Assert.All(aws.Calls.Where(c => c.Key == "sqs:GetQueueAttributes"), c => Assert.Equal(MemberKey, c.AccessKey));
        Assert.NotEmpty(snapshot.Accounts.Single(a => a.AccountId == Locked).Unreadable);

        var context = new CheckContext(snapshot, snapshot.CollectedAt!.Value, CheckSettings.Default);
        var findings = ScanEngine.Evaluate(snapshot, BuiltInChecks.Catalog.Checks, context, CancellationToken.None);
        var locked = findings.Where(f => f.ResourceRef.Account == Locked).ToList();
        Assert.Contains(locked, f => f.Check.Metadata.Id == "iam-root-mfa-enabled");
        Assert.Contains(locked, f => f.Check.Metadata.Service == "s3");
        Assert.All(locked, f =>
        {
            Assert.Equal(FindingStatus.Error, f.Status);
            Assert.Contains("AssumeRole", f.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Organization_WhenTheAccountsCannotBeListed_IsAUserErrorNamingTheOption()
    {
        var aws = Organization().On("organizations:ListAccounts", () => FakeAws.Respond(HttpStatusCode.BadRequest,
            """{"__type":"AWSOrganizationsNotInUseException","message":"Your account is not a member of an organization."}""", "application/x-amz-json-1.1"));
        await using var endpoint = new FakeAwsEndpoint(aws);

        var error = await Assert.ThrowsAsync<VigilInputException>(() => LiveEstate.CollectAsync(Options(endpoint), TimeProvider.System, CancellationToken.None));
        Assert.Contains("--organization", error.Message, StringComparison.Ordinal);
        Assert.Contains("AWSOrganizationsNotInUseException", error.Message, StringComparison.Ordinal);
    }
}
