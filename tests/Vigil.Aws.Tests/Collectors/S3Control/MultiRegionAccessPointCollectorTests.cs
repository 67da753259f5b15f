using System.Net;
using Vigil.Aws.Collectors.S3Control;
using Vigil.Aws.Tests.Collectors.ComputeTesting;
using Vigil.Core.Findings;
using Vigil.Core.Model;
using Vigil.Core.Model.S3;

namespace Vigil.Aws.Tests.Collectors.S3Control;

/// <summary>Multi-Region Access Points in S3 Control's rest-xml wire format (after the Amazon S3 API reference). S3
/// Control calls go to ACCOUNT.s3-control.REGION.amazonaws.com, so the fake sees the account id as the host's first label.</summary>
public sealed class MultiRegionAccessPointCollectorTests
{
    private const string Host = FakeAws.AccountId;
    private const string Operation = "GET /v20180820/mrap/instances";
    private const string GlobalArn = "arn:aws:s3::123456789012:accesspoint/mfzwi23gnjvgw.mrap";
    private const string OpenArn = "arn:aws:s3::123456789012:accesspoint/o7jquhxg1vfzq.mrap";

    private const string Page1 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <ListMultiRegionAccessPointsResult xmlns="http://awss3control.amazonaws.com/doc/2018-08-20/">
          <AccessPoints>
            <AccessPoint>
              <Name>analytics-global</Name>
              <Alias>mfzwi23gnjvgw.mrap</Alias>
              <CreatedAt>2026-02-01T10:00:00Z</CreatedAt>
              <PublicAccessBlock><BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>true</IgnorePublicAcls><BlockPublicPolicy>true</BlockPublicPolicy><RestrictPublicBuckets>true</RestrictPublicBuckets></PublicAccessBlock>
              <Status>READY</Status>
              <Regions>
                <Region><Bucket>analytics-us</Bucket><Region>us-east-1</Region><BucketAccountId>123456789012</BucketAccountId></Region>
                <Region><Bucket>analytics-eu</Bucket><Region>eu-west-1</Region><BucketAccountId>123456789012</BucketAccountId></Region>
              </Regions>
            </AccessPoint>
          </AccessPoints>
          <NextToken>page-2</NextToken>
        </ListMultiRegionAccessPointsResult>
        """;

    private const string Page2 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <ListMultiRegionAccessPointsResult xmlns="http://awss3control.amazonaws.com/doc/2018-08-20/">
          <AccessPoints>
            <AccessPoint>
              <Name>media-open</Name>
              <Alias>o7jquhxg1vfzq.mrap</Alias>
              <PublicAccessBlock><BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>true</IgnorePublicAcls><BlockPublicPolicy>false</BlockPublicPolicy><RestrictPublicBuckets>false</RestrictPublicBuckets></PublicAccessBlock>
              <Status>READY</Status>
              <Regions><Region><Bucket>media-us</Bucket><Region>us-east-1</Region></Region></Regions>
            </AccessPoint>
          </AccessPoints>
        </ListMultiRegionAccessPointsResult>
        """;

    private static FakeAws Estate() => new FakeAws().On(Host, Operation, r => FakeAws.Xml(r.QueryParameter("nextToken") is null ? Page1 : Page2));

    private static HttpResponseMessage Denied() => FakeAws.Xml("""
        <?xml version="1.0" encoding="UTF-8"?>
        <Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>656c76696e6727732072657175657374</RequestId><HostId>Uuag1LuByRx9e6j5Onimru9pO4ZVKnJ2Qz7/C1NPcfTWAtRPfTaOFg==</HostId></Error>
        """, HttpStatusCode.Forbidden);

    [Fact]
    public async Task Collect_ReadsAccessPointsFieldByField_AcrossTwoPages_FromUsWest2()
    {
        using var fake = Estate();

        var snapshot = await fake.CollectAsync(new MultiRegionAccessPointCollector());

        Assert.Empty(snapshot.Errors);
        Assert.Equal([GlobalArn, OpenArn], snapshot.MultiRegionAccessPoints.Select(p => p.Arn));
        var global = snapshot.MultiRegionAccessPoints[0];
        Assert.Equal(("analytics-global", FakeAws.AccountId, null, "mfzwi23gnjvgw.mrap", "READY"), (global.Name, global.AccountId, global.Region, global.Alias, global.Status));
        Assert.Equal(new PublicAccessBlock { BlockPublicAcls = true, IgnorePublicAcls = true, BlockPublicPolicy = true, RestrictPublicBuckets = true }, global.PublicAccessBlock);
        Assert.Equal(["analytics-us", "analytics-eu"], global.Buckets);
        var open = snapshot.MultiRegionAccessPoints[1];
        Assert.Equal(new PublicAccessBlock { BlockPublicAcls = true, IgnorePublicAcls = true }, open.PublicAccessBlock);

        Assert.Equal(2, fake.Requests.Count);
        Assert.Equal("page-2", fake.Requests[1].QueryParameter("nextToken"));
        Assert.All(fake.Requests, r => Assert.Equal(FakeAws.AccountId, r.Headers["x-amz-account-id"]));
        Assert.All(fake.Requests, r => Assert.Contains("/us-west-2/s3/aws4_request", r.Headers["Authorization"], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Collect_WhenListingIsDenied_RecordsTheErrorAndAddsNoResources()
    {
        using var fake = new FakeAws().On(Host, Operation, _ => Denied());

        var snapshot = await fake.CollectAsync(new MultiRegionAccessPointCollector());

        Assert.Empty(snapshot.MultiRegionAccessPoints);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal((ResourceTypes.MultiRegionAccessPoint, "ListMultiRegionAccessPoints", "AccessDenied", null), (error.ResourceType, error.Operation, error.ErrorCode, error.ResourceArn));
        Assert.Equal(FindingStatus.Error, Assert.Single(CheckRun.Findings(snapshot, "s3-multi-region-access-point-public-access-block-enabled")).Status);
    }

    [Fact]
    public async Task Checks_OnTheCollectedAccessPoints_JudgeTheirBlockPublicAccessSettings()
    {
        using var fake = Estate();

        var snapshot = await fake.CollectAsync(new MultiRegionAccessPointCollector());

        Assert.Equal(FindingStatus.Pass, CheckRun.StatusOf(snapshot, "s3-multi-region-access-point-public-access-block-enabled", GlobalArn));
        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(snapshot, "s3-multi-region-access-point-public-access-block-enabled", OpenArn));
    }
}
