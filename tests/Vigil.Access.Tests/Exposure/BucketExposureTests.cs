using Vigil.Access.Exposure;
using Vigil.Core.Model.S3;
using static Vigil.Access.Tests.Exposure.ExposureEstate;

namespace Vigil.Access.Tests.Exposure;

public sealed class BucketExposureTests
{
    [Fact]
    public void Analyse_PublicReadPolicy_ReportsAnyoneWithReadActions()
    {
        var bucket = Bucket("site", Policy(Allow("\"*\"", "s3:GetObject", "arn:aws:s3:::site/*")));
        var report = Analyse(With(s => s with { S3Buckets = [bucket] }));

        var grants = Single(report, bucket.Arn).Grants;
        var anyone = Assert.Single(grants, g => g.ReachedBy == ReachedBy.Anyone);
        Assert.Equal(ExposureLabel.Public, anyone.Label);
        var read = Assert.Single(anyone.Actions);
        Assert.Equal("Read", read.Level);
        Assert.Equal(["s3:GetObject"], read.Actions);
        Assert.Contains("'Grant'", anyone.Via, StringComparison.Ordinal);
        Assert.Null(anyone.NeutralisedBy);
    }

    [Fact]
    public void Analyse_PolicyLimitedToTheOrganization_LabelsItOrganizationAndReportsTheCondition()
    {
        var bucket = Bucket("shared", Policy(Allow("\"*\"", "s3:GetObject", "arn:aws:s3:::shared/*", """{"StringEquals":{"aws:PrincipalOrgID":"o-ours"}}""")));
        var report = Analyse(With(s => s with { S3Buckets = [bucket] }));

        var grant = Assert.Single(Single(report, bucket.Arn).Grants);
        Assert.Equal(ReachedBy.AnyAwsPrincipal, grant.ReachedBy);
        Assert.Equal(ExposureLabel.Organization, grant.Label);
        var condition = Assert.Single(grant.Conditions);
        Assert.Equal(("StringEquals", "aws:PrincipalOrgID", "o-ours"), (condition.Operator, condition.Key, condition.Values.Single()));
    }

    [Fact]
    public void Analyse_PublicPolicyOnlyThroughAVpcEndpoint_StaysPublicWithTheEndpointCondition()
    {
        var bucket = Bucket("internal", Policy(Allow("\"*\"", "s3:GetObject", "arn:aws:s3:::internal/*", """{"StringEquals":{"aws:SourceVpce":"vpce-1a2b"}}""")));
        var report = Analyse(With(s => s with { S3Buckets = [bucket] }));

        var grants = Single(report, bucket.Arn).Grants;
        Assert.All(grants, g => Assert.Equal(ExposureLabel.Public, g.Label));
        Assert.All(grants, g => Assert.Contains(g.Conditions, c => c.Key == "aws:SourceVpce" && c.Values.Single() == "vpce-1a2b"));
    }

    [Fact]
    public void Analyse_DenyOutsideAnEndpoint_ReportsTheDeniesConditionWithTheGrant()
    {
        var deny = """{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::vpc-only/*","Condition":{"StringNotEquals":{"aws:SourceVpce":"vpce-9"}}}""";
        var bucket = Bucket("vpc-only", Policy(Allow("\"*\"", "s3:GetObject", "arn:aws:s3:::vpc-only/*") + "," + deny));
        var report = Analyse(With(s => s with { S3Buckets = [bucket] }));

        var grant = Single(report, bucket.Arn).Grants[0];
        Assert.Contains(grant.Conditions, c => c.Statement == "Deny #2" && c.Key == "aws:SourceVpce");
    }

    [Fact]
    public void Analyse_AccountRestrictPublicBuckets_NeutralisesPublicPolicyGrants()
    {
        var bucket = Bucket("site", Policy(Allow("\"*\"", "s3:GetObject", "arn:aws:s3:::site/*")));
        var owner = OwnerAccount with { S3PublicAccessBlock = new PublicAccessBlock { RestrictPublicBuckets = true } };
        var report = Analyse(With(s => s with { Accounts = [owner], S3Buckets = [bucket] }));

        Assert.All(Single(report, bucket.Arn).Grants, g => Assert.Equal($"RestrictPublicBuckets of account {Owner}", g.NeutralisedBy));
    }

    [Fact]
    public void Analyse_PublicAclGrant_ReportsItUnlessIgnorePublicAcls()
    {
        var bucket = Bucket("legacy", null) with
        {
            ObjectOwnership = "ObjectWriter",
            AclGrants = [new AclGrant { GranteeType = "Group", Grantee = AclGrant.AllUsers, Permission = "READ" }],
        };
        var open = Assert.Single(Single(Analyse(With(s => s with { S3Buckets = [bucket] })), bucket.Arn).Grants);
        Assert.Equal(ReachedBy.Anyone, open.ReachedBy);
        Assert.Contains("s3:ListBucket", Actions(open));
        Assert.Null(open.NeutralisedBy);

        var ignored = bucket with { PublicAccessBlock = new PublicAccessBlock { IgnorePublicAcls = true } };
        var neutralised = Assert.Single(Single(Analyse(With(s => s with { S3Buckets = [ignored] })), bucket.Arn).Grants);
        Assert.Equal("IgnorePublicAcls of the bucket", neutralised.NeutralisedBy);
    }

    [Fact]
    public void Analyse_PublicAccessPointPolicy_ReportsTheAccessPoint()
    {
        var pointArn = $"arn:aws:s3:eu-west-1:{Owner}:accesspoint/public-ap";
        var point = new S3AccessPoint { Arn = pointArn, Name = "public-ap", PublicAccessBlock = new PublicAccessBlock(),
            Policy = Policy(Allow("\"*\"", "s3:GetObject", pointArn + "/object/*")) };
        var bucket = Bucket("data", null) with { AccessPoints = [point] };
        var report = Analyse(With(s => s with { S3Buckets = [bucket] }));

        var exposed = Single(report, pointArn);
        Assert.Equal("AWS::S3::AccessPoint", exposed.ResourceType);
        Assert.Contains(exposed.Grants, g => g.ReachedBy == ReachedBy.Anyone && Actions(g).Contains("s3:GetObject"));
    }

    [Fact]
    public void Analyse_OwnAccountOnly_ReportsNothing()
    {
        var bucket = Bucket("private", Policy(Allow(Account(Owner), "s3:*", "arn:aws:s3:::private/*")));
        Assert.Empty(Analyse(With(s => s with { S3Buckets = [bucket] })).Resources);
    }
}
