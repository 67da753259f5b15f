using System.Net;
using Vigil.Aws.Tests.Collectors.ComputeTesting;

namespace Vigil.Aws.Tests.Collectors.Acm;

/// <summary>Two ACM certificates over two pages of ListCertificates in ACM's json wire format (after the ACM API
/// reference): an issued RSA-2048 certificate used by a load balancer (tagged, one tag without a value), and an untagged imported RSA-1024 one that has expired.</summary>
internal static class AcmEstate
{
    public const string ShopArn = "arn:aws:acm:eu-west-1:123456789012:certificate/12345678-1234-1234-1234-123456789012";
    public const string OldArn = "arn:aws:acm:eu-west-1:123456789012:certificate/87654321-4321-4321-4321-210987654321";

    public static FakeAws Register(FakeAws fake) => fake
        .On("acm", "ListCertificates", r => FakeAws.Json(r.Body.Contains("NextToken", StringComparison.Ordinal) ? Page2 : Page1))
        .On("acm", "DescribeCertificate", r => FakeAws.Json(r.Body.Contains(ShopArn, StringComparison.Ordinal) ? ShopDetail : OldDetail))
        .On("acm", "ListTagsForCertificate", r => FakeAws.Json(r.Body.Contains(ShopArn, StringComparison.Ordinal)
            ? """{"Tags":[{"Key":"team","Value":"shop"},{"Key":"renewal-owner"}]}"""
            : """{"Tags":[]}"""));

    public static HttpResponseMessage Denied() =>
        FakeAws.Json("""{"__type":"AccessDeniedException","Message":"User is not authorized to perform: acm:ListCertificates"}""", HttpStatusCode.BadRequest);

    private const string Page1 = $$$"""
        {"CertificateSummaryList":[{"CertificateArn":"{{{ShopArn}}}","DomainName":"shop.example.com","Status":"ISSUED","Type":"AMAZON_ISSUED","KeyAlgorithm":"RSA-2048","InUse":true,"RenewalEligibility":"ELIGIBLE","NotAfter":1767225600}],"NextToken":"page-2"}
        """;

    private const string Page2 = $$$"""
        {"CertificateSummaryList":[{"CertificateArn":"{{{OldArn}}}","DomainName":"old.example.com","Status":"EXPIRED","Type":"IMPORTED","KeyAlgorithm":"RSA-1024","InUse":false,"RenewalEligibility":"INELIGIBLE","NotAfter":1577836800}]}
        """;

    private const string ShopDetail = $$$"""
        {"Certificate":{"CertificateArn":"{{{ShopArn}}}","DomainName":"shop.example.com","SubjectAlternativeNames":["shop.example.com"],"Status":"ISSUED","Type":"AMAZON_ISSUED","KeyAlgorithm":"RSA_2048","NotAfter":1767225600,"InUseBy":["arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/shop/50dc6c495c0c9188"],"RenewalEligibility":"ELIGIBLE"}}
        """;

    private const string OldDetail = $$$"""
        {"Certificate":{"CertificateArn":"{{{OldArn}}}","DomainName":"old.example.com","Status":"EXPIRED","Type":"IMPORTED","KeyAlgorithm":"RSA_1024","NotAfter":1577836800,"InUseBy":[],"RenewalEligibility":"INELIGIBLE"}}
        """;
}
