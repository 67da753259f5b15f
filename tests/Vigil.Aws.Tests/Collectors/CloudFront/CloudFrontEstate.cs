using Vigil.Aws.Tests.Collectors.ComputeTesting;

namespace Vigil.Aws.Tests.Collectors.CloudFront;

/// <summary>Two distributions over two pages of ListDistributions in CloudFront's rest-xml wire format (after the
/// CloudFront API reference): "site" with an S3 origin behind OAC, a custom origin on old TLS, a failover origin group
/// and a custom certificate; "legacy" on the default certificate allowing HTTP, untagged (site has two tags). S3 answers GetBucketLocation for the
/// site's bucket (addressed virtual-hosted style, so the host's first label is the bucket).</summary>
internal static class CloudFrontEstate
{
    public const string SiteArn = "arn:aws:cloudfront::123456789012:distribution/EDFDVBD6EXAMPLE";
    public const string LegacyArn = "arn:aws:cloudfront::123456789012:distribution/E2LEGACYEXAMPLE";
    private const string Ns = "xmlns=\"http://cloudfront.amazonaws.com/doc/2020-05-31/\"";

    public static FakeAws Register(FakeAws fake) => fake
        .On("cloudfront", "GET /2020-05-31/distribution", r => FakeAws.Xml(r.QueryParameter("Marker") is null ? Page1 : Page2))
        .On("cloudfront", "GET /2020-05-31/distribution/EDFDVBD6EXAMPLE/config", _ => FakeAws.Xml(SiteConfig))
        .On("cloudfront", "GET /2020-05-31/distribution/E2LEGACYEXAMPLE/config", _ => FakeAws.Xml(LegacyConfig))
        .On("cloudfront", "GET /2020-05-31/tagging", r => FakeAws.Xml(r.QueryParameter("Resource") == SiteArn
            ? $"""<?xml version="1.0" encoding="UTF-8"?><Tags {Ns}><Items><Tag><Key>team</Key><Value>web</Value></Tag><Tag><Key>cost-center</Key><Value>1234</Value></Tag></Items></Tags>"""
            : $"""<?xml version="1.0" encoding="UTF-8"?><Tags {Ns}><Items/></Tags>"""))
        .On(SiteBucket, IsBucketLocation, _ => FakeAws.Xml("""<?xml version="1.0" encoding="UTF-8"?><LocationConstraint xmlns="http://s3.amazonaws.com/doc/2006-03-01/">eu-west-1</LocationConstraint>"""));

    public const string SiteBucket = "site-bucket";

    public static bool IsBucketLocation(FakeRequest request) => request.Method == "GET" && request.Path == "/" && request.Query.StartsWith("location", StringComparison.Ordinal);

    /// <summary>S3's answer for a bucket name no account owns.</summary>
    public static HttpResponseMessage NoSuchBucket(string bucket) => FakeAws.Xml($"""
        <?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchBucket</Code><Message>The specified bucket does not exist</Message><BucketName>{bucket}</BucketName><RequestId>4442587FB7D0A2F9</RequestId><HostId>example-host-id</HostId></Error>
        """, System.Net.HttpStatusCode.NotFound);

    /// <summary>S3's answer for a bucket of another account.</summary>
    public static HttpResponseMessage BucketAccessDenied() => FakeAws.Xml("""
        <?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>4442587FB7D0A2F9</RequestId><HostId>example-host-id</HostId></Error>
        """, System.Net.HttpStatusCode.Forbidden);

    public static HttpResponseMessage Denied() => FakeAws.Xml($"""
        <ErrorResponse {Ns}><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User is not authorized to perform: cloudfront:ListDistributions</Message></Error><RequestId>5a1d4f0b-example</RequestId></ErrorResponse>
        """, System.Net.HttpStatusCode.Forbidden);

    private const string Page1 = $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <DistributionList {Ns}>
          <Marker></Marker>
          <NextMarker>EDFDVBD6EXAMPLE</NextMarker>
          <MaxItems>1</MaxItems>
          <IsTruncated>true</IsTruncated>
          <Quantity>1</Quantity>
          <Items>
            <DistributionSummary>
              <Id>EDFDVBD6EXAMPLE</Id>
              <ARN>{SiteArn}</ARN>
              <Status>Deployed</Status>
              <LastModifiedTime>2024-02-01T10:00:00.000Z</LastModifiedTime>
              <DomainName>d111111abcdef8.cloudfront.net</DomainName>
              <Aliases><Quantity>1</Quantity><Items><CNAME>www.example.com</CNAME></Items></Aliases>
              <Origins>
                <Quantity>2</Quantity>
                <Items>
                  <Origin>
                    <Id>site-bucket</Id>
                    <DomainName>site-bucket.s3.eu-west-1.amazonaws.com</DomainName>
                    <OriginPath></OriginPath>
                    <CustomHeaders><Quantity>0</Quantity></CustomHeaders>
                    <S3OriginConfig><OriginAccessIdentity></OriginAccessIdentity></S3OriginConfig>
                    <ConnectionAttempts>3</ConnectionAttempts>
                    <ConnectionTimeout>10</ConnectionTimeout>
                    <OriginAccessControlId>E1OACEXAMPLE</OriginAccessControlId>
                  </Origin>
                  <Origin>
                    <Id>api</Id>
                    <DomainName>api.example.com</DomainName>
                    <CustomOriginConfig>
                      <HTTPPort>80</HTTPPort><HTTPSPort>443</HTTPSPort>
                      <OriginProtocolPolicy>https-only</OriginProtocolPolicy>
                      <OriginSslProtocols><Quantity>2</Quantity><Items><SslProtocol>TLSv1</SslProtocol><SslProtocol>TLSv1.2</SslProtocol></Items></OriginSslProtocols>
                      <OriginReadTimeout>30</OriginReadTimeout><OriginKeepaliveTimeout>5</OriginKeepaliveTimeout>
                    </CustomOriginConfig>
                    <OriginAccessControlId></OriginAccessControlId>
                  </Origin>
                </Items>
              </Origins>
              <OriginGroups>
                <Quantity>1</Quantity>
                <Items>
                  <OriginGroup>
                    <Id>failover</Id>
                    <FailoverCriteria><StatusCodes><Quantity>2</Quantity><Items><StatusCode>500</StatusCode><StatusCode>503</StatusCode></Items></StatusCodes></FailoverCriteria>
                    <Members><Quantity>2</Quantity><Items><OriginGroupMember><OriginId>site-bucket</OriginId></OriginGroupMember><OriginGroupMember><OriginId>api</OriginId></OriginGroupMember></Items></Members>
                  </OriginGroup>
                </Items>
              </OriginGroups>
              <DefaultCacheBehavior><TargetOriginId>failover</TargetOriginId><ViewerProtocolPolicy>redirect-to-https</ViewerProtocolPolicy><CachePolicyId>658327ea-f89d-4fab-a63d-7e88639e58f6</CachePolicyId></DefaultCacheBehavior>
              <CacheBehaviors>
                <Quantity>1</Quantity>
                <Items><CacheBehavior><PathPattern>/api/*</PathPattern><TargetOriginId>api</TargetOriginId><ViewerProtocolPolicy>https-only</ViewerProtocolPolicy></CacheBehavior></Items>
              </CacheBehaviors>
              <CustomErrorResponses><Quantity>0</Quantity></CustomErrorResponses>
              <Comment></Comment>
              <PriceClass>PriceClass_100</PriceClass>
              <Enabled>true</Enabled>
              <ViewerCertificate>
                <CloudFrontDefaultCertificate>false</CloudFrontDefaultCertificate>
                <ACMCertificateArn>arn:aws:acm:us-east-1:123456789012:certificate/site</ACMCertificateArn>
                <SSLSupportMethod>sni-only</SSLSupportMethod>
                <MinimumProtocolVersion>TLSv1.2_2021</MinimumProtocolVersion>
              </ViewerCertificate>
              <Restrictions><GeoRestriction><RestrictionType>none</RestrictionType><Quantity>0</Quantity></GeoRestriction></Restrictions>
              <WebACLId>arn:aws:wafv2:us-east-1:123456789012:global/webacl/site/473e64fd-f30b-4765-81a0-62ad96dd167a</WebACLId>
              <HttpVersion>http2</HttpVersion>
              <IsIPV6Enabled>true</IsIPV6Enabled>
              <Staging>false</Staging>
            </DistributionSummary>
          </Items>
        </DistributionList>
        """;

    private const string Page2 = $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <DistributionList {Ns}>
          <Marker>EDFDVBD6EXAMPLE</Marker>
          <MaxItems>1</MaxItems>
          <IsTruncated>false</IsTruncated>
          <Quantity>1</Quantity>
          <Items>
            <DistributionSummary>
              <Id>E2LEGACYEXAMPLE</Id>
              <ARN>{LegacyArn}</ARN>
              <DomainName>d222222abcdef8.cloudfront.net</DomainName>
              <Origins><Quantity>1</Quantity><Items><Origin><Id>web</Id><DomainName>web.example.com</DomainName><CustomOriginConfig><HTTPPort>80</HTTPPort><HTTPSPort>443</HTTPSPort><OriginProtocolPolicy>http-only</OriginProtocolPolicy></CustomOriginConfig></Origin></Items></Origins>
              <OriginGroups><Quantity>0</Quantity></OriginGroups>
              <DefaultCacheBehavior><TargetOriginId>web</TargetOriginId><ViewerProtocolPolicy>allow-all</ViewerProtocolPolicy></DefaultCacheBehavior>
              <CacheBehaviors><Quantity>0</Quantity></CacheBehaviors>
              <Enabled>false</Enabled>
              <ViewerCertificate><CloudFrontDefaultCertificate>true</CloudFrontDefaultCertificate><MinimumProtocolVersion>TLSv1</MinimumProtocolVersion></ViewerCertificate>
              <WebACLId></WebACLId>
            </DistributionSummary>
          </Items>
        </DistributionList>
        """;

    private const string SiteConfig = $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <DistributionConfig {Ns}>
          <CallerReference>site-2024</CallerReference>
          <DefaultRootObject>index.html</DefaultRootObject>
          <Logging><Enabled>true</Enabled><IncludeCookies>false</IncludeCookies><Bucket>logs.s3.amazonaws.com</Bucket><Prefix>site/</Prefix></Logging>
          <Enabled>true</Enabled>
        </DistributionConfig>
        """;

    private const string LegacyConfig = $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <DistributionConfig {Ns}>
          <CallerReference>legacy</CallerReference>
          <DefaultRootObject></DefaultRootObject>
          <Logging><Enabled>false</Enabled><IncludeCookies>false</IncludeCookies><Bucket></Bucket><Prefix></Prefix></Logging>
          <Enabled>false</Enabled>
        </DistributionConfig>
        """;
}
