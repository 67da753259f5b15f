using Vigil.Access.Principals;
using Vigil.Access.WhoCan;
using Vigil.Iam.Discovery;
using static Vigil.Access.Tests.WhoCan.AccessEstate;

namespace Vigil.Access.Tests.WhoCan;

public sealed class WhoCanAnalysisTests
{
    private static readonly string CrossAccountPolicy = """
        {"Version":"2012-10-17","Statement":[
          {"Sid":"PartnerReads","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::PARTNER:root"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*"},
          {"Sid":"Logs","Effect":"Allow","Principal":{"Service":"logging.s3.amazonaws.com"},"Action":"s3:PutObject","Resource":"arn:aws:s3:::reports/*","Condition":{"StringEquals":{"aws:SourceAccount":"ACCOUNT"}}},
          {"Sid":"Org","Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-abc"}}}
        ]}
        """.Replace("PARTNER", Partner, StringComparison.Ordinal).Replace("ACCOUNT", AccountId, StringComparison.Ordinal);

    private static WhoCanResult Run(string action, string resource, string? bucketPolicy = null, bool unreadable = false) =>
        new WhoCanAnalysis(new PrincipalDirectory(Build(bucketPolicy, unreadable))).Run(action, resource);

    [Fact]
    public void Run_GroupGrant_ReportsTheMemberUserAndTheGroup()
    {
        var result = Run("s3:GetObject", "arn:aws:s3:::reports/q1.csv");

        var alice = Assert.Single(result.Principals, p => p.Principal == Alice);
        Assert.Equal(ConditionalAccess.Allowed, alice.Access);
        Assert.Equal([Readers], alice.ThroughGroups);
        var grant = Assert.Single(alice.Grants, g => g.Policy.StartsWith("identity", StringComparison.Ordinal));
        Assert.Equal(("ReadReports", "inline read of group/readers"), (grant.Sid, grant.PolicySource));
        var group = Assert.Single(result.Groups);
        Assert.Equal(Readers, group.Arn);
        Assert.Equal([Alice], group.Members);
    }

    [Fact]
    public void Run_BoundaryLimitedRole_IsNotListed()
    {
        var result = Run("s3:GetObject", "arn:aws:s3:::reports/q1.csv");

        Assert.DoesNotContain(result.Principals, p => p.Principal == Limited);
        Assert.Contains(result.Principals, p => p.Principal == Writer && p.Access == ConditionalAccess.Allowed);
    }

    [Fact]
    public void Run_ScpDenyingTheAction_RemovesEveryMemberPrincipal()
    {
        var result = Run("s3:DeleteObject", "arn:aws:s3:::reports/q1.csv");

        Assert.DoesNotContain(result.Principals, p => p.Principal == Writer);
        Assert.DoesNotContain(result.Principals, p => p.Type is WhoCanPrincipalType.User or WhoCanPrincipalType.Role);
    }

    [Fact]
    public void Run_ConditionalIdentityGrant_IsListedAsConditionalWithItsCondition()
    {
        var result = Run("s3:GetObject", "arn:aws:s3:::reports/q1.csv");

        var bob = Assert.Single(result.Principals, p => p.Principal == Bob);
        Assert.Equal(ConditionalAccess.Conditional, bob.Access);
        var condition = Assert.Single(Assert.Single(bob.Grants, g => g.Sid == "WithMfa").Conditions);
        Assert.Equal(("Bool", "aws:MultiFactorAuthPresent"), (condition.Operator, condition.Key));
    }

    [Fact]
    public void Run_CrossAccountBucketPolicy_ReportsTheAccountAndTheConditionalGrantToEveryone()
    {
        var result = Run("s3:GetObject", "arn:aws:s3:::reports/q1.csv", CrossAccountPolicy);

        Assert.Equal($"resource policy of {Bucket}", result.ResourcePolicy);
        var partner = Assert.Single(result.Principals, p => p.Type == WhoCanPrincipalType.Account);
        Assert.Equal(($"arn:aws:iam::{Partner}:root", ConditionalAccess.Allowed), (partner.Principal, partner.Access));
        Assert.Contains(partner.Grants, g => g.Sid == "PartnerReads" && !g.IsConditional);
        var anyone = Assert.Single(result.Principals, p => p.Type == WhoCanPrincipalType.AnyAwsAccount);
        Assert.Equal(ConditionalAccess.Conditional, anyone.Access);
        Assert.Equal("aws:PrincipalOrgID", Assert.Single(anyone.Grants.Single(g => g.Sid == "Org").Conditions).Key);
        Assert.Equal(ConditionalAccess.Conditional, Assert.Single(result.Principals, p => p.Type == WhoCanPrincipalType.Anonymous).Access);
        var service = Assert.Single(result.Principals, p => p.Type == WhoCanPrincipalType.Service);
        Assert.Equal(["Org"], service.Grants.Select(g => g.Sid));
    }

    [Fact]
    public void Run_ServiceNamedByTheBucketPolicy_IsConditionalOnItsSourceAccount()
    {
        var result = Run("s3:PutObject", "arn:aws:s3:::reports/log.gz", CrossAccountPolicy);

        var service = Assert.Single(result.Principals, p => p.Type == WhoCanPrincipalType.Service);
        Assert.Equal(("logging.s3.amazonaws.com", ConditionalAccess.Conditional), (service.Principal, service.Access));
        Assert.DoesNotContain(result.Principals, p => p.Type == WhoCanPrincipalType.Account);
    }

    [Fact]
    public void Run_RoleTrustPolicy_ReportsTheTrustedAccountUnderTheExternalIdCondition()
    {
        var result = Run("sts:AssumeRole", Writer);

        Assert.Equal($"trust policy of {Writer}", result.ResourcePolicy);
        var partner = Assert.Single(result.Principals);
        Assert.Equal(($"arn:aws:iam::{Partner}:root", ConditionalAccess.Conditional), (partner.Principal, partner.Access));
        Assert.Equal("sts:ExternalId", Assert.Single(Assert.Single(partner.Grants).Conditions).Key);
    }

    [Fact]
    public void Run_UnreadableResourcePolicy_SaysSo()
    {
        var result = Run("s3:GetObject", "arn:aws:s3:::reports/q1.csv", unreadable: true);

        Assert.Contains(result.Problems, p => p.Contains("could not be read", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_ResourceNotInTheInput_SaysSoAndStillAnswersFromIdentityPolicies()
    {
        var result = Run("s3:GetObject", "arn:aws:s3:::elsewhere/k");

        Assert.Contains(result.Problems, p => p.Contains("not in the input", StringComparison.Ordinal));
        Assert.Contains(result.Principals, p => p.Principal == Writer);
    }

    [Fact]
    public void Run_OrganizationConditionOnEveryone_IsSettledForPrincipalsOfTheOrganization()
    {
        var result = Run("s3:GetObject", "arn:aws:s3:::reports/q1.csv", CrossAccountPolicy);

        var bob = Assert.Single(result.Principals, p => p.Principal == Bob);
        Assert.Equal(ConditionalAccess.Allowed, bob.Access);
        var org = Assert.Single(bob.Grants, g => g.Sid == "Org");
        Assert.True(Assert.Single(org.Conditions).Holds);
    }

    [Fact]
    public void Run_LabelsAccountsAsExternalUnlessTrusted()
    {
        var analysis = new WhoCanAnalysis(new PrincipalDirectory(Build(CrossAccountPolicy)));

        Assert.Equal(AccountRelation.External, analysis.Run("s3:GetObject", "arn:aws:s3:::reports/k").Principals.Single(p => p.Type == WhoCanPrincipalType.Account).Relation);
        var trusted = analysis.Run("s3:GetObject", "arn:aws:s3:::reports/k", [Partner]);
        Assert.Equal(AccountRelation.Trusted, trusted.Principals.Single(p => p.Type == WhoCanPrincipalType.Account).Relation);
        Assert.Equal(AccountRelation.SameAccount, trusted.Principals.Single(p => p.Principal == Writer).Relation);
        Assert.Equal(AccountRelation.Public, trusted.Principals.Single(p => p.Type == WhoCanPrincipalType.Anonymous).Relation);
    }
}
