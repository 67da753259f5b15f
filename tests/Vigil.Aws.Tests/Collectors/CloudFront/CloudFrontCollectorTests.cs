using Vigil.Aws.Collectors.CloudFront;
using Vigil.Aws.Tests.Collectors.ComputeTesting;
using Vigil.Core.Findings;
using Vigil.Core.Model;

namespace Vigil.Aws.Tests.Collectors.CloudFront;

public sealed class CloudFrontCollectorTests
{
    [Fact]
    public async Task Collect_ReadsDistributionsFieldByField_AcrossTwoPages()
    {
        using var fake = CloudFrontEstate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new CloudFrontCollector());

        Assert.Empty(snapshot.Errors);
        Assert.Equal(["EDFDVBD6EXAMPLE", "E2LEGACYEXAMPLE"], snapshot.CloudFrontDistributions.Select(d => d.DistributionId));
        var site = snapshot.CloudFrontDistributions[0];
        Assert.Equal(CloudFrontEstate.SiteArn, site.Arn);
        Assert.Equal("EDFDVBD6EXAMPLE", site.Name);
        Assert.Equal(FakeAws.AccountId, site.AccountId);
        Assert.Null(site.Region);
        Assert.Equal("d111111abcdef8.cloudfront.net", site.DomainName);
        Assert.True(site.Enabled);
        Assert.Equal("index.html", site.DefaultRootObject);
        Assert.Equal("redirect-to-https", site.ViewerProtocolPolicy);
        Assert.Equal(["https-only"], site.CacheBehaviorViewerProtocolPolicies);
        Assert.True(site.LoggingEnabled);
        Assert.Equal("arn:aws:wafv2:us-east-1:123456789012:global/webacl/site/473e64fd-f30b-4765-81a0-62ad96dd167a", site.WebAclId);
        Assert.False(site.UsesDefaultCertificate);
        Assert.Equal("sni-only", site.SslSupportMethod);
        Assert.Equal("TLSv1.2_2021", site.MinimumProtocolVersion);
        Assert.True(site.HasOriginGroupWithFailover);
        Assert.Equal(new Dictionary<string, string> { ["cost-center"] = "1234", ["team"] = "web" }, site.Tags);
        var bucket = site.Origins[0];
        Assert.Equal(("site-bucket", "site-bucket.s3.eu-west-1.amazonaws.com", true, "E1OACEXAMPLE", null, null), (bucket.Id, bucket.DomainName, bucket.IsS3, bucket.OriginAccessControlId, bucket.OriginAccessIdentity, bucket.OriginProtocolPolicy));
        Assert.Empty(bucket.OriginSslProtocols);
        var api = site.Origins[1];
        Assert.Equal(("api", "api.example.com", false, null, "https-only"), (api.Id, api.DomainName, api.IsS3, api.OriginAccessControlId, api.OriginProtocolPolicy));
        Assert.Equal(["TLSv1", "TLSv1.2"], api.OriginSslProtocols);

        var legacy = snapshot.CloudFrontDistributions[1];
        Assert.False(legacy.Enabled);
        Assert.Null(legacy.DefaultRootObject);
        Assert.Equal("allow-all", legacy.ViewerProtocolPolicy);
        Assert.Empty(legacy.CacheBehaviorViewerProtocolPolicies);
        Assert.False(legacy.LoggingEnabled);
        Assert.Null(legacy.WebAclId);
        Assert.True(legacy.UsesDefaultCertificate);
        Assert.False(legacy.HasOriginGroupWithFailover);
        Assert.Empty(legacy.Tags);
        Assert.Empty(site.MissingOriginBuckets!);
        Assert.Empty(legacy.MissingOriginBuckets!);
        Assert.Single(fake.Requests, r => r.Service == CloudFrontEstate.SiteBucket);
        Assert.Equal("EDFDVBD6EXAMPLE", fake.Requests.Last(r => r.Operation == "GET /2020-05-31/distribution").QueryParameter("Marker"));
    }

    [Fact]
    public async Task Collect_WhenTagsAreDenied_KeepsTheDistributionWithTagsUnreadable()
    {
        using var fake = CloudFrontEstate.Register(new FakeAws()).On("cloudfront", "GET /2020-05-31/tagging", _ => CloudFrontEstate.Denied());

        var snapshot = await fake.CollectAsync(new CloudFrontCollector());

        var site = snapshot.CloudFrontDistributions.Single(d => d.Arn == CloudFrontEstate.SiteArn);
        Assert.Equal(["Tags"], site.Unreadable);
        Assert.Empty(site.Tags);
        Assert.Equal("index.html", site.DefaultRootObject);
        Assert.Equal(2, snapshot.Errors.Count);
        Assert.All(snapshot.Errors, e => Assert.Equal(("ListTagsForResource", "Tags"), (e.Operation, e.Property)));
    }

    [Fact]
    public async Task Collect_WhenListingIsDenied_RecordsTheErrorAndAddsNoResources()
    {
        using var fake = CloudFrontEstate.Register(new FakeAws()).On("cloudfront", "GET /2020-05-31/distribution", _ => CloudFrontEstate.Denied());

        var snapshot = await fake.CollectAsync(new CloudFrontCollector());

        Assert.Empty(snapshot.CloudFrontDistributions);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal((ResourceTypes.CloudFrontDistribution, "ListDistributions", "AccessDenied", null), (error.ResourceType, error.Operation, error.ErrorCode, error.ResourceArn));
    }

    [Fact]
    public async Task Collect_WhenTheConfigurationIsDenied_KeepsTheDistributionWithUnreadableProperties()
    {
        using var fake = CloudFrontEstate.Register(new FakeAws()).On("cloudfront", "GET /2020-05-31/distribution/E2LEGACYEXAMPLE/config", _ => CloudFrontEstate.Denied());

        var snapshot = await fake.CollectAsync(new CloudFrontCollector());

        var legacy = snapshot.CloudFrontDistributions.Single(d => d.Arn == CloudFrontEstate.LegacyArn);
        Assert.Equal(["DefaultRootObject", "LoggingEnabled"], legacy.Unreadable);
        Assert.Equal(["DefaultRootObject", "LoggingEnabled"], snapshot.Errors.Select(e => e.Property));
        Assert.All(snapshot.Errors, e => Assert.Equal((CloudFrontEstate.LegacyArn, "GetDistributionConfig"), (e.ResourceArn, e.Operation)));
        Assert.Empty(snapshot.CloudFrontDistributions.Single(d => d.Arn == CloudFrontEstate.SiteArn).Unreadable);
    }

    [Fact]
    public async Task Checks_OnAnUnreadableConfiguration_ReportErrorNotPass()
    {
        using var fake = CloudFrontEstate.Register(new FakeAws()).On("cloudfront", "GET /2020-05-31/distribution/EDFDVBD6EXAMPLE/config", _ => CloudFrontEstate.Denied());

        var snapshot = await fake.CollectAsync(new CloudFrontCollector());

        Assert.Equal(FindingStatus.Error, CheckRun.StatusOf(snapshot, "cloudfront-distribution-logging-enabled", CloudFrontEstate.SiteArn));
        Assert.Equal(FindingStatus.Error, CheckRun.StatusOf(snapshot, "cloudfront-distribution-default-root-object", CloudFrontEstate.SiteArn));
    }

    [Fact]
    public async Task Checks_OnTheReadableEstate_JudgeTheCollectedSettings()
    {
        using var fake = CloudFrontEstate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new CloudFrontCollector());

        Assert.Equal(FindingStatus.Pass, CheckRun.StatusOf(snapshot, "cloudfront-distribution-logging-enabled", CloudFrontEstate.SiteArn));
        Assert.Equal(FindingStatus.Pass, CheckRun.StatusOf(snapshot, "cloudfront-distribution-s3-origin-access-control", CloudFrontEstate.SiteArn));
        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(snapshot, "cloudfront-distribution-origin-no-deprecated-ssl", CloudFrontEstate.SiteArn));
        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(snapshot, "cloudfront-distribution-viewer-https-required", CloudFrontEstate.LegacyArn));
    }

    [Fact]
    public async Task Collect_OriginBucketThatNoAccountOwns_IsMissing_AndTheCheckFails()
    {
        using var fake = CloudFrontEstate.Register(new FakeAws()).On(CloudFrontEstate.SiteBucket, CloudFrontEstate.IsBucketLocation, _ => CloudFrontEstate.NoSuchBucket(CloudFrontEstate.SiteBucket));

        var snapshot = await fake.CollectAsync(new CloudFrontCollector());

        Assert.Empty(snapshot.Errors);
        Assert.Equal([CloudFrontEstate.SiteBucket], snapshot.CloudFrontDistributions.Single(d => d.Arn == CloudFrontEstate.SiteArn).MissingOriginBuckets);
        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(snapshot, "cloudfront-distribution-s3-origin-bucket-exists", CloudFrontEstate.SiteArn));
    }

    [Fact]
    public async Task Collect_OriginBucketOfAnotherAccount_Exists_AndTheCheckPasses()
    {
        using var fake = CloudFrontEstate.Register(new FakeAws()).On(CloudFrontEstate.SiteBucket, CloudFrontEstate.IsBucketLocation, _ => CloudFrontEstate.BucketAccessDenied());

        var snapshot = await fake.CollectAsync(new CloudFrontCollector());

        Assert.Empty(snapshot.Errors);
        Assert.Empty(snapshot.CloudFrontDistributions.Single(d => d.Arn == CloudFrontEstate.SiteArn).MissingOriginBuckets!);
        Assert.Equal(FindingStatus.Pass, CheckRun.StatusOf(snapshot, "cloudfront-distribution-s3-origin-bucket-exists", CloudFrontEstate.SiteArn));
    }

    [Fact]
    public async Task Collect_OriginBucketLookupFails_IsUnreadable_AndTheCheckReportsError()
    {
        using var fake = CloudFrontEstate.Register(new FakeAws()).On(CloudFrontEstate.SiteBucket, CloudFrontEstate.IsBucketLocation, _ => FakeAws.Xml("""
            <?xml version="1.0" encoding="UTF-8"?><Error><Code>InvalidRequest</Code><Message>Bad request</Message><RequestId>4442587FB7D0A2F9</RequestId></Error>
            """, System.Net.HttpStatusCode.BadRequest));

        var snapshot = await fake.CollectAsync(new CloudFrontCollector());

        var site = snapshot.CloudFrontDistributions.Single(d => d.Arn == CloudFrontEstate.SiteArn);
        Assert.Null(site.MissingOriginBuckets);
        Assert.Equal(["MissingOriginBuckets"], site.Unreadable);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal((CloudFrontEstate.SiteArn, "GetBucketLocation", "InvalidRequest", "MissingOriginBuckets"), (error.ResourceArn, error.Operation, error.ErrorCode, error.Property));
        Assert.Equal(FindingStatus.Error, CheckRun.StatusOf(snapshot, "cloudfront-distribution-s3-origin-bucket-exists", CloudFrontEstate.SiteArn));
        Assert.Equal(FindingStatus.Pass, CheckRun.StatusOf(snapshot, "cloudfront-distribution-logging-enabled", CloudFrontEstate.SiteArn));
    }
}
