using Vigil.Aws.Tests.Collectors.ComputeTesting;

namespace Vigil.Aws.Tests.Collectors.Elb;

/// <summary>Load balancers in the query protocol's wire format (after the Elastic Load Balancing API reference): an
/// internet-facing ALB with an HTTP listener redirecting to HTTPS and an HTTPS listener on a modern policy, and an
/// internal NLB on a second page; a Classic Load Balancer with an HTTPS listener on an old predefined policy.</summary>
internal static class ElbEstate
{
    public const string AlbArn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/shop/50dc6c495c0c9188";
    public const string NlbArn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/net/ingest/73e2d6bc24d8a067";
    public const string ClassicArn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/legacy";
    private const string V2 = "xmlns=\"http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/\"";
    private const string V1 = "xmlns=\"http://elasticloadbalancing.amazonaws.com/doc/2012-06-01/\"";

    public static FakeAws Register(FakeAws fake) => fake
        .On("elasticloadbalancing", r => r.Operation == "DescribeLoadBalancers" && r.Form["Version"] == "2015-12-01",
            r => FakeAws.Xml(r.Form.ContainsKey("Marker") ? LoadBalancersPage2 : LoadBalancersPage1))
        .On("elasticloadbalancing", r => r.Operation == "DescribeListeners", r => FakeAws.Xml(r.Form["LoadBalancerArn"] == AlbArn ? AlbListeners : "<DescribeListenersResponse " + V2 + "><DescribeListenersResult><Listeners/></DescribeListenersResult></DescribeListenersResponse>"))
        .On("elasticloadbalancing", r => r.Operation == "DescribeLoadBalancerAttributes" && r.Form["Version"] == "2015-12-01",
            r => FakeAws.Xml(r.Form["LoadBalancerArn"] == AlbArn ? AlbAttributes : NlbAttributes))
        .On("elasticloadbalancing", r => r.Operation == "DescribeLoadBalancers" && r.Form["Version"] == "2012-06-01", _ => FakeAws.Xml(ClassicLoadBalancers))
        .On("elasticloadbalancing", r => r.Operation == "DescribeLoadBalancerAttributes" && r.Form["Version"] == "2012-06-01", _ => FakeAws.Xml(ClassicAttributes))
        .On("elasticloadbalancing", r => r.Operation == "DescribeLoadBalancerPolicies", _ => FakeAws.Xml(ClassicPolicies))
        .On("elasticloadbalancing", r => r.Operation == "DescribeTags" && r.Form["Version"] == "2015-12-01", r => FakeAws.Xml(Tags(V2, "ResourceArn", Listed(r, "ResourceArns"))))
        .On("elasticloadbalancing", r => r.Operation == "DescribeTags" && r.Form["Version"] == "2012-06-01", r => FakeAws.Xml(Tags(V1, "LoadBalancerName", Listed(r, "LoadBalancerNames"))))
        .On("wafv2", "GetWebACLForResource", _ => FakeAws.Json(AlbWebAcl));

    /// <summary>The tags of the estate's load balancers: the ALB and the classic one carry two, the NLB none.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> TagsById = new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        [AlbArn] = new Dictionary<string, string> { ["team"] = "shop", ["environment"] = "production" },
        [NlbArn] = new Dictionary<string, string>(),
        ["legacy"] = new Dictionary<string, string> { ["team"] = "legacy", ["data-classification"] = "internal" },
    };

    /// <summary>The members of a query list parameter (Name.member.1, Name.member.2, ...), in order.</summary>
    public static List<string> Listed(FakeRequest request, string name) =>
        [.. Enumerable.Range(1, int.MaxValue).Select(n => request.Form.GetValueOrDefault($"{name}.member.{n}")).TakeWhile(v => v is not null).OfType<string>()];

    /// <summary>A DescribeTags response (after the Elastic Load Balancing API reference) for the given load balancers.</summary>
    public static string Tags(string version, string idMember, IEnumerable<string> ids) =>
        $"<DescribeTagsResponse {version}><DescribeTagsResult><TagDescriptions>"
        + string.Concat(ids.Select(id => $"<member><{idMember}>{id}</{idMember}><Tags>"
            + string.Concat(TagsById.GetValueOrDefault(id, new Dictionary<string, string>()).Select(t => $"<member><Value>{t.Value}</Value><Key>{t.Key}</Key></member>"))
            + "</Tags></member>"))
        + "</TagDescriptions></DescribeTagsResult><ResponseMetadata><RequestId>req-tags</RequestId></ResponseMetadata></DescribeTagsResponse>";

    public const string WebAclArn = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/shop-protection/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111";

    /// <summary>GetWebACLForResource for the ALB (after the AWS WAFV2 API reference).</summary>
    private const string AlbWebAcl = $$$"""
        {"WebACL":{"Name":"shop-protection","Id":"a1b2c3d4-5678-90ab-cdef-EXAMPLE11111","ARN":"{{{WebAclArn}}}","DefaultAction":{"Allow":{}},"Description":"","Rules":[{"Name":"AWS-AWSManagedRulesCommonRuleSet","Priority":0,"Statement":{"ManagedRuleGroupStatement":{"VendorName":"AWS","Name":"AWSManagedRulesCommonRuleSet"}},"OverrideAction":{"None":{}},"VisibilityConfig":{"SampledRequestsEnabled":true,"CloudWatchMetricsEnabled":true,"MetricName":"common"}}],"VisibilityConfig":{"SampledRequestsEnabled":true,"CloudWatchMetricsEnabled":true,"MetricName":"shop-protection"},"Capacity":700,"ManagedByFirewallManager":false,"LabelNamespace":"awswaf:123456789012:webacl:shop-protection:"}}
        """;

    private const string LoadBalancersPage1 = $"""
        <DescribeLoadBalancersResponse {V2}>
          <DescribeLoadBalancersResult>
            <LoadBalancers>
              <member>
                <LoadBalancerArn>{AlbArn}</LoadBalancerArn>
                <Scheme>internet-facing</Scheme>
                <LoadBalancerName>shop</LoadBalancerName>
                <VpcId>vpc-0a1b2c3d</VpcId>
                <CanonicalHostedZoneId>Z2P70J7EXAMPLE</CanonicalHostedZoneId>
                <CreatedTime>2016-03-25T21:26:12.920Z</CreatedTime>
                <AvailabilityZones>
                  <member><SubnetId>subnet-8360a9e7</SubnetId><ZoneName>eu-west-1a</ZoneName></member>
                  <member><SubnetId>subnet-b7d581c0</SubnetId><ZoneName>eu-west-1b</ZoneName></member>
                </AvailabilityZones>
                <SecurityGroups><member>sg-5943793c</member></SecurityGroups>
                <DNSName>shop-1234567890.eu-west-1.elb.amazonaws.com</DNSName>
                <State><Code>active</Code></State>
                <Type>application</Type>
              </member>
            </LoadBalancers>
            <NextMarker>page-2</NextMarker>
          </DescribeLoadBalancersResult>
          <ResponseMetadata><RequestId>6581c0ac-f39f-11e5-bb98-57195a6eb84a</RequestId></ResponseMetadata>
        </DescribeLoadBalancersResponse>
        """;

    private const string LoadBalancersPage2 = $"""
        <DescribeLoadBalancersResponse {V2}>
          <DescribeLoadBalancersResult>
            <LoadBalancers>
              <member>
                <LoadBalancerArn>{NlbArn}</LoadBalancerArn>
                <Scheme>internal</Scheme>
                <LoadBalancerName>ingest</LoadBalancerName>
                <VpcId>vpc-0a1b2c3d</VpcId>
                <AvailabilityZones><member><SubnetId>subnet-8360a9e7</SubnetId><ZoneName>eu-west-1a</ZoneName></member></AvailabilityZones>
                <DNSName>ingest-73e2d6bc24d8a067.elb.eu-west-1.amazonaws.com</DNSName>
                <Type>network</Type>
              </member>
            </LoadBalancers>
          </DescribeLoadBalancersResult>
          <ResponseMetadata><RequestId>6581c0ac-f39f-11e5-bb98-57195a6eb84b</RequestId></ResponseMetadata>
        </DescribeLoadBalancersResponse>
        """;

    private const string AlbListeners = $"""
        <DescribeListenersResponse {V2}>
          <DescribeListenersResult>
            <Listeners>
              <member>
                <LoadBalancerArn>{AlbArn}</LoadBalancerArn>
                <Protocol>HTTP</Protocol>
                <Port>80</Port>
                <ListenerArn>arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/shop/50dc6c495c0c9188/f2f7dc8efc522ab2</ListenerArn>
                <DefaultActions>
                  <member><Type>redirect</Type><Order>1</Order><RedirectConfig><Protocol>HTTPS</Protocol><Port>443</Port><StatusCode>HTTP_301</StatusCode></RedirectConfig></member>
                </DefaultActions>
              </member>
              <member>
                <LoadBalancerArn>{AlbArn}</LoadBalancerArn>
                <Protocol>HTTPS</Protocol>
                <Port>443</Port>
                <SslPolicy>ELBSecurityPolicy-TLS13-1-2-2021-06</SslPolicy>
                <Certificates><member><CertificateArn>arn:aws:acm:eu-west-1:123456789012:certificate/shop</CertificateArn></member></Certificates>
                <ListenerArn>arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/shop/50dc6c495c0c9188/0467ef3c8400ae65</ListenerArn>
                <DefaultActions>
                  <member><Type>forward</Type><TargetGroupArn>arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/shop/73e2d6bc24d8a067</TargetGroupArn></member>
                </DefaultActions>
              </member>
            </Listeners>
          </DescribeListenersResult>
          <ResponseMetadata><RequestId>18e470d3-f39c-11e5-a53c-67205c0d10fd</RequestId></ResponseMetadata>
        </DescribeListenersResponse>
        """;

    private const string AlbAttributes = $"""
        <DescribeLoadBalancerAttributesResponse {V2}>
          <DescribeLoadBalancerAttributesResult>
            <Attributes>
              <member><Key>access_logs.s3.enabled</Key><Value>true</Value></member>
              <member><Key>deletion_protection.enabled</Key><Value>false</Value></member>
              <member><Key>routing.http.drop_invalid_header_fields.enabled</Key><Value>true</Value></member>
              <member><Key>routing.http.desync_mitigation_mode</Key><Value>defensive</Value></member>
              <member><Key>idle_timeout.timeout_seconds</Key><Value>60</Value></member>
            </Attributes>
          </DescribeLoadBalancerAttributesResult>
          <ResponseMetadata><RequestId>3a2b3f5e-f39f-11e5-b53c-67205c0d10fd</RequestId></ResponseMetadata>
        </DescribeLoadBalancerAttributesResponse>
        """;

    private const string NlbAttributes = $"""
        <DescribeLoadBalancerAttributesResponse {V2}>
          <DescribeLoadBalancerAttributesResult>
            <Attributes>
              <member><Key>access_logs.s3.enabled</Key><Value>false</Value></member>
              <member><Key>deletion_protection.enabled</Key><Value>true</Value></member>
              <member><Key>load_balancing.cross_zone.enabled</Key><Value>false</Value></member>
            </Attributes>
          </DescribeLoadBalancerAttributesResult>
          <ResponseMetadata><RequestId>3a2b3f5e-f39f-11e5-b53c-67205c0d10fe</RequestId></ResponseMetadata>
        </DescribeLoadBalancerAttributesResponse>
        """;

    private const string ClassicLoadBalancers = $"""
        <DescribeLoadBalancersResponse {V1}>
          <DescribeLoadBalancersResult>
            <LoadBalancerDescriptions>
              <member>
                <LoadBalancerName>legacy</LoadBalancerName>
                <DNSName>legacy-123456789.eu-west-1.elb.amazonaws.com</DNSName>
                <Scheme>internet-facing</Scheme>
                <ListenerDescriptions>
                  <member>
                    <Listener><Protocol>HTTPS</Protocol><LoadBalancerPort>443</LoadBalancerPort><InstanceProtocol>HTTP</InstanceProtocol><InstancePort>80</InstancePort><SSLCertificateId>arn:aws:iam::123456789012:server-certificate/legacy</SSLCertificateId></Listener>
                    <PolicyNames><member>AWSConsole-SSLNegotiationPolicy-legacy-1234567890123</member></PolicyNames>
                  </member>
                  <member>
                    <Listener><Protocol>HTTP</Protocol><LoadBalancerPort>80</LoadBalancerPort><InstanceProtocol>HTTP</InstanceProtocol><InstancePort>80</InstancePort></Listener>
                    <PolicyNames/>
                  </member>
                </ListenerDescriptions>
                <AvailabilityZones><member>eu-west-1a</member></AvailabilityZones>
                <Subnets><member>subnet-15aaab61</member></Subnets>
                <VPCId>vpc-0a1b2c3d</VPCId>
                <SecurityGroups><member>sg-a61988c3</member></SecurityGroups>
                <CreatedTime>2013-05-24T21:15:31.280Z</CreatedTime>
              </member>
            </LoadBalancerDescriptions>
          </DescribeLoadBalancersResult>
          <ResponseMetadata><RequestId>83c88b9d-12b7-11e3-8b82-87b12EXAMPLE</RequestId></ResponseMetadata>
        </DescribeLoadBalancersResponse>
        """;

    private const string ClassicAttributes = $"""
        <DescribeLoadBalancerAttributesResponse {V1}>
          <DescribeLoadBalancerAttributesResult>
            <LoadBalancerAttributes>
              <AccessLog><Enabled>false</Enabled></AccessLog>
              <ConnectionDraining><Enabled>true</Enabled><Timeout>300</Timeout></ConnectionDraining>
              <CrossZoneLoadBalancing><Enabled>true</Enabled></CrossZoneLoadBalancing>
              <ConnectionSettings><IdleTimeout>30</IdleTimeout></ConnectionSettings>
              <AdditionalAttributes><member><Key>elb.http.desyncmitigationmode</Key><Value>monitor</Value></member></AdditionalAttributes>
            </LoadBalancerAttributes>
          </DescribeLoadBalancerAttributesResult>
          <ResponseMetadata><RequestId>83c88b9d-12b7-11e3-8b82-87b12EXAMPLE</RequestId></ResponseMetadata>
        </DescribeLoadBalancerAttributesResponse>
        """;

    private const string ClassicPolicies = $"""
        <DescribeLoadBalancerPoliciesResponse {V1}>
          <DescribeLoadBalancerPoliciesResult>
            <PolicyDescriptions>
              <member>
                <PolicyName>AWSConsole-SSLNegotiationPolicy-legacy-1234567890123</PolicyName>
                <PolicyTypeName>SSLNegotiationPolicyType</PolicyTypeName>
                <PolicyAttributeDescriptions>
                  <member><AttributeName>Reference-Security-Policy</AttributeName><AttributeValue>ELBSecurityPolicy-2011-08</AttributeValue></member>
                  <member><AttributeName>Protocol-TLSv1</AttributeName><AttributeValue>true</AttributeValue></member>
                </PolicyAttributeDescriptions>
              </member>
              <member>
                <PolicyName>sticky</PolicyName>
                <PolicyTypeName>LBCookieStickinessPolicyType</PolicyTypeName>
                <PolicyAttributeDescriptions><member><AttributeName>CookieExpirationPeriod</AttributeName><AttributeValue>60</AttributeValue></member></PolicyAttributeDescriptions>
              </member>
            </PolicyDescriptions>
          </DescribeLoadBalancerPoliciesResult>
          <ResponseMetadata><RequestId>83c88b9d-12b7-11e3-8b82-87b12EXAMPLE</RequestId></ResponseMetadata>
        </DescribeLoadBalancerPoliciesResponse>
        """;
}
