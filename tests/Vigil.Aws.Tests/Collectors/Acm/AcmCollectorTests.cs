using Vigil.Aws.Collectors.Acm;
using Vigil.Aws.Tests.Collectors.ComputeTesting;
using Vigil.Core.Findings;
using Vigil.Core.Model;

namespace Vigil.Aws.Tests.Collectors.Acm;

public sealed class AcmCollectorTests
{
    [Fact]
    public async Task Collect_ReadsCertificatesOfEveryKeyType_AcrossTwoPages()
    {
        using var fake = AcmEstate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new AcmCollector());

        Assert.Empty(snapshot.Errors);
        Assert.Equal([AcmEstate.ShopArn, AcmEstate.OldArn], snapshot.AcmCertificates.Select(c => c.Arn));
        var shop = snapshot.AcmCertificates[0];
        Assert.Equal(("shop.example.com", "shop.example.com", FakeAws.AccountId, FakeAws.Region), (shop.Name, shop.DomainName, shop.AccountId, shop.Region));
        Assert.Equal(("AMAZON_ISSUED", "ISSUED", "RSA_2048", "ELIGIBLE"), (shop.Type, shop.Status, shop.KeyAlgorithm, shop.RenewalEligibility));
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), shop.NotAfter);
        Assert.Equal(["arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/shop/50dc6c495c0c9188"], shop.InUseBy);
        Assert.Equal(new Dictionary<string, string> { ["renewal-owner"] = "", ["team"] = "shop" }, shop.Tags);
        var old = snapshot.AcmCertificates[1];
        Assert.Equal(("IMPORTED", "EXPIRED", "RSA_1024"), (old.Type, old.Status, old.KeyAlgorithm));
        Assert.Empty(old.InUseBy);
        Assert.Empty(old.Tags);

        var listings = fake.Requests.Where(r => r.Operation == "ListCertificates").ToList();
        Assert.Contains("\"EC_secp384r1\"", listings[0].Body, StringComparison.Ordinal);
        Assert.Contains("\"NextToken\":\"page-2\"", listings[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collect_WhenListingIsDenied_RecordsTheErrorAndAddsNoResources()
    {
        using var fake = AcmEstate.Register(new FakeAws()).On("acm", "ListCertificates", _ => AcmEstate.Denied());

        var snapshot = await fake.CollectAsync(new AcmCollector());

        Assert.Empty(snapshot.AcmCertificates);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal((ResourceTypes.AcmCertificate, "ListCertificates", "AccessDeniedException", null), (error.ResourceType, error.Operation, error.ErrorCode, error.ResourceArn));
    }

    [Fact]
    public async Task Collect_WhenDescribeIsDenied_KeepsTheSummaryWithInUseByUnreadable()
    {
        using var fake = AcmEstate.Register(new FakeAws()).On("acm", "DescribeCertificate", _ => AcmEstate.Denied());

        var snapshot = await fake.CollectAsync(new AcmCollector());

        var shop = snapshot.AcmCertificates.Single(c => c.Arn == AcmEstate.ShopArn);
        Assert.Equal(["InUseBy"], shop.Unreadable);
        Assert.Equal("RSA-2048", shop.KeyAlgorithm);
        Assert.Equal(2, snapshot.Errors.Count);
        Assert.All(snapshot.Errors, e => Assert.Equal(("DescribeCertificate", "InUseBy"), (e.Operation, e.Property)));
    }

    [Fact]
    public async Task Collect_WhenTagsAreDenied_KeepsTheCertificateWithTagsUnreadable()
    {
        using var fake = AcmEstate.Register(new FakeAws()).On("acm", "ListTagsForCertificate", _ => AcmEstate.Denied());

        var snapshot = await fake.CollectAsync(new AcmCollector());

        var shop = snapshot.AcmCertificates.Single(c => c.Arn == AcmEstate.ShopArn);
        Assert.Equal(["Tags"], shop.Unreadable);
        Assert.Empty(shop.Tags);
        Assert.Single(shop.InUseBy);
        Assert.Equal(2, snapshot.Errors.Count);
        Assert.All(snapshot.Errors, e => Assert.Equal(("ListTagsForCertificate", "Tags", "AccessDeniedException"), (e.Operation, e.Property, e.ErrorCode)));
    }

    [Fact]
    public async Task Checks_OnAListingDenied_ReportErrorNotPass()
    {
        using var fake = AcmEstate.Register(new FakeAws()).On("acm", "ListCertificates", _ => AcmEstate.Denied());

        var snapshot = await fake.CollectAsync(new AcmCollector());

        var findings = CheckRun.Findings(snapshot, "acm-certificate-not-expiring");
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(FindingStatus.Error, f.Status));
    }

    [Fact]
    public async Task Checks_OnTheReadableEstate_FindTheWeakKey()
    {
        using var fake = AcmEstate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new AcmCollector());

        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(snapshot, "acm-certificate-rsa-key-length", AcmEstate.OldArn));
        Assert.Equal(FindingStatus.Pass, CheckRun.StatusOf(snapshot, "acm-certificate-rsa-key-length", AcmEstate.ShopArn));
    }
}
