using System.Net;
using System.Web;
using Vigil.Aws.Collection;
using Vigil.Aws.Credentials;
using Vigil.Aws.Signing;
using Vigil.Aws.Tests.Collectors.Iam;
using Vigil.Aws.Tests.EndToEnd;
using static Vigil.Aws.Tests.Collectors.Organizations.OrganizationPolicyEstate;

namespace Vigil.Aws.Tests.Collectors.Organizations;

/// <summary>--organization over HTTP: the SCPs and RCPs are read once, with the caller's (management) credentials, and
/// every account's parents too, while the member account is read through its role and never asked about them.</summary>
public sealed class OrganizationWidePoliciesTests
{
    private const string Member = "222222222222";
    private const string ManagementKey = "AKIDMANAGEMENT";
    private const string MemberKey = "ASIAMEMBER2222222222";

    private static FakeAws Organization(bool parentsDenied = false)
    {
        var organization = OrganizationPolicyEstate.Organization();
        return organization
            .On("sts:GetCallerIdentity", () => FakeAws.Respond(HttpStatusCode.OK,
                $"<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult><Arn>arn:aws:iam::{CollectorRun.AccountId}:user/auditor</Arn><UserId>AIDAAUDITOR</UserId><Account>{CollectorRun.AccountId}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>org</RequestId></ResponseMetadata></GetCallerIdentityResponse>",
                "text/xml"))
            .On("organizations:ListAccounts", () => Wire.Json($$"""
                {"Accounts":[{"Id":"{{CollectorRun.AccountId}}","Name":"management","Status":"ACTIVE"},{"Id":"{{Member}}","Name":"payments","Status":"ACTIVE"}]}
                """))
            .On("organizations:ListParents", call => parentsDenied && call.AccessKey == ManagementKey && Field(call, "ChildId") == Member
                ? Denied("organizations:ListParents")
                : Field(call, "ChildId") == Member ? Wire.Json($$"""{"Parents":[{"Id":"{{Inner}}","Type":"ORGANIZATIONAL_UNIT"}]}""") : Chain(call))
            .On("sts:AssumeRole", call => FakeAws.Respond(HttpStatusCode.OK,
                $"<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRoleResult><Credentials><AccessKeyId>{MemberKey}</AccessKeyId><SecretAccessKey>secret</SecretAccessKey><SessionToken>token</SessionToken><Expiration>2035-01-01T00:00:00Z</Expiration></Credentials></AssumeRoleResult></AssumeRoleResponse>",
                "text/xml"));

        HttpResponseMessage Chain(FakeAwsCall call) => Field(call, "ChildId") switch
        {
            CollectorRun.AccountId or Inner => Wire.Json($$"""{"Parents":[{"Id":"{{(Field(call, "ChildId") == Inner ? Outer : Inner)}}","Type":"ORGANIZATIONAL_UNIT"}]}"""),
            _ => Wire.Json($$"""{"Parents":[{"Id":"{{Root}}","Type":"ROOT"}]}"""),
        };
    }

    private static LiveOptions Options(FakeAwsEndpoint endpoint) => new()
    {
        CredentialSource = new StaticCredentialSource(new SigningCredentials(ManagementKey, "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", null)),
        Regions = ["us-east-1"],
        EndpointUrl = endpoint.Url,
        Environment = _ => null,
        Organization = true,
    };

    [Fact]
    public async Task Organization_ReadsThePoliciesOnceAndEveryAccountsParentsWithTheCallersCredentials()
    {
        var aws = Organization();
        await using var endpoint = new FakeAwsEndpoint(aws);

        var snapshot = await LiveEstate.CollectAsync(Options(endpoint), TimeProvider.System, CancellationToken.None);

        Assert.Equal(3, snapshot.OrganizationPolicies.Count);
        Assert.Equal(3, aws.CallsOf("organizations:ListPolicies").Count());
        Assert.All(aws.CallsOf("organizations:ListPolicies").Concat(aws.CallsOf("organizations:ListParents")), c => Assert.Equal(ManagementKey, c.AccessKey));
        Assert.Equal([Root, Outer, Inner], snapshot.Accounts.Single(a => a.AccountId == CollectorRun.AccountId).OrganizationParents);
        Assert.Equal([Root, Outer, Inner], snapshot.Accounts.Single(a => a.AccountId == Member).OrganizationParents);
        Assert.DoesNotContain(snapshot.Errors, e => e.Operation is "ListPolicies" or "DescribePolicy" or "ListTargetsForPolicy" or "ListParents");
        Assert.Equal(2, snapshot.Accounts.Count);
    }

    [Fact]
    public async Task Organization_ParentsOfOneAccountDenied_MarksOnlyThatAccount()
    {
        var aws = Organization(parentsDenied: true);
        await using var endpoint = new FakeAwsEndpoint(aws);

        var snapshot = await LiveEstate.CollectAsync(Options(endpoint), TimeProvider.System, CancellationToken.None);

        var member = snapshot.Accounts.Single(a => a.AccountId == Member);
        Assert.Null(member.OrganizationParents);
        Assert.Contains("OrganizationParents", member.Unreadable);
        var error = Assert.Single(snapshot.Errors, e => e.Operation == "ListParents");
        Assert.Equal((Member, "OrganizationParents"), (error.AccountId, error.Property));
        Assert.NotNull(snapshot.Accounts.Single(a => a.AccountId == CollectorRun.AccountId).OrganizationParents);
    }
}
