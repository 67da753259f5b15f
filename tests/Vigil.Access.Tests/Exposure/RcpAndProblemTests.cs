using Vigil.Access.Exposure;
using Vigil.Core.Model.Organizations;
using Vigil.Core.Model.S3;
using static Vigil.Access.Tests.Exposure.ExposureEstate;

namespace Vigil.Access.Tests.Exposure;

public sealed class RcpAndProblemTests
{
    private static OrganizationPolicy Rcp(string name, string document) => new()
    {
        Arn = $"arn:aws:organizations::{Sibling}:policy/o-ours/resource_control_policy/p-{name}", Name = name, AccountId = Sibling,
        PolicyType = OrganizationPolicy.ResourceControlPolicy, Document = document, Targets = ["r-root"],
    };

    private const string FullAccess = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}""";

    private const string OrganizationOnly = """
        {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":["s3:*","sqs:*","kms:*","sts:*","secretsmanager:*"],"Resource":"*",
         "Condition":{"StringNotEqualsIfExists":{"aws:PrincipalOrgID":"o-ours"},"BoolIfExists":{"aws:PrincipalIsAWSService":"false"}}}]}
        """;

    [Fact]
    public void Analyse_RcpDenyingOutsiders_NeutralisesTheGrantAndSaysSo()
    {
        var bucket = Bucket("site", Policy(Allow(Account(Stranger), "s3:GetObject", "arn:aws:s3:::site/*")));
        var report = Analyse(With(s => s with { S3Buckets = [bucket], OrganizationPolicies = [Rcp("full", FullAccess), Rcp("org-only", OrganizationOnly)] }));

        var grant = Assert.Single(Single(report, bucket.Arn).Grants);
        Assert.Equal($"the resource control policies of account {Owner}", grant.NeutralisedBy);
        Assert.Equal(["s3:GetObject"], grant.BlockedActions);
    }

    [Fact]
    public void Analyse_RcpsNotCollected_AddsTheProblemToExposedResources()
    {
        var bucket = Bucket("site", Policy(Allow(Account(Stranger), "s3:GetObject", "arn:aws:s3:::site/*")));
        var exposed = Single(Analyse(With(s => s with { S3Buckets = [bucket] })), bucket.Arn);

        Assert.Null(Assert.Single(exposed.Grants).NeutralisedBy);
        Assert.Contains(exposed.Problems, p => p.Contains("RCPs", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyse_UnparseablePolicy_IsReportedAsAProblem()
    {
        var bucket = Bucket("broken", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject"}""");
        var exposed = Single(Analyse(With(s => s with { S3Buckets = [bucket] })), bucket.Arn);

        Assert.Empty(exposed.Grants);
        Assert.Contains("could not be parsed", Assert.Single(exposed.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Analyse_UnreadablePolicy_IsReportedAsAProblem()
    {
        var bucket = Bucket("hidden", null) with { Unreadable = [nameof(S3Bucket.Policy)] };
        var exposed = Single(Analyse(With(s => s with { S3Buckets = [bucket] })), bucket.Arn);

        Assert.Equal(["the bucket policy could not be read"], exposed.Problems);
    }
}
