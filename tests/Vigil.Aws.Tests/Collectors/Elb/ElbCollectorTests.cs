using Vigil.Aws.Collectors.Elb;
using Vigil.Aws.Tests.Collectors.ComputeTesting;
using Vigil.Core.Findings;
using Vigil.Core.Model;
using Vigil.Core.Model.Elb;

namespace Vigil.Aws.Tests.Collectors.Elb;

public sealed class ElbCollectorTests
{
    [Fact]
    public async Task Collect_ReadsLoadBalancersListenersAndAttributes_AcrossTwoPages()
    {
        using var fake = ElbEstate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new Elbv2Collector());

        Assert.Empty(snapshot.Errors);
        Assert.Equal(["shop", "ingest"], snapshot.LoadBalancers.Select(b => b.Name));
        var alb = snapshot.LoadBalancers[0];
        Assert.Equal(ElbEstate.AlbArn, alb.Arn);
        Assert.Equal((FakeAws.AccountId, FakeAws.Region), (alb.AccountId, alb.Region));
        Assert.Equal("application", alb.Type);
        Assert.Equal("internet-facing", alb.Scheme);
        Assert.Equal("shop-1234567890.eu-west-1.elb.amazonaws.com", alb.DnsName);
        Assert.Equal("vpc-0a1b2c3d", alb.VpcId);
        Assert.Equal(["eu-west-1a", "eu-west-1b"], alb.AvailabilityZones);
        Assert.Equal(["sg-5943793c"], alb.SecurityGroupIds);
        Assert.False(alb.DeletionProtection);
        Assert.True(alb.AccessLogsEnabled);
        Assert.True(alb.DropInvalidHeaderFields);
        Assert.Equal("defensive", alb.DesyncMitigationMode);
        Assert.Equal(2, alb.Listeners.Count);
        var http = alb.Listeners[0];
        Assert.Equal(("HTTP", 80, "redirect", "HTTPS"), (http.Protocol, http.Port, http.DefaultActionType, http.RedirectProtocol));
        Assert.True(http.RedirectsToHttps);
        Assert.Null(http.SslPolicy);
        var https = alb.Listeners[1];
        Assert.Equal("arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/shop/50dc6c495c0c9188/0467ef3c8400ae65", https.Arn);
        Assert.Equal(("HTTPS", 443, "forward"), (https.Protocol, https.Port, https.DefaultActionType));
        Assert.Equal("ELBSecurityPolicy-TLS13-1-2-2021-06", https.SslPolicy);
        Assert.Equal(["arn:aws:acm:eu-west-1:123456789012:certificate/shop"], https.CertificateArns);
        Assert.Equal(new Dictionary<string, string> { ["environment"] = "production", ["team"] = "shop" }, alb.Tags);

        var nlb = snapshot.LoadBalancers[1];
        Assert.Equal(("network", "internal"), (nlb.Type, nlb.Scheme));
        Assert.True(nlb.DeletionProtection);
        Assert.Null(nlb.DesyncMitigationMode);
        Assert.Empty(nlb.Listeners);
        Assert.Empty(nlb.Tags);
        Assert.Equal("page-2", fake.Requests.Last(r => r.Operation == "DescribeLoadBalancers").Form["Marker"]);
        var tagsCall = Assert.Single(fake.Requests, r => r.Operation == "DescribeTags");
        Assert.Equal([ElbEstate.AlbArn, ElbEstate.NlbArn], ElbEstate.Listed(tagsCall, "ResourceArns"));
    }

    [Fact]
    public async Task Collect_ReadsClassicLoadBalancersWithTheirSecurityPolicies()
    {
        using var fake = ElbEstate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new ClassicElbCollector());

        Assert.Empty(snapshot.Errors);
        var legacy = Assert.Single(snapshot.ClassicLoadBalancers);
        Assert.Equal(ElbEstate.ClassicArn, legacy.Arn);
        Assert.Equal("legacy", legacy.Name);
        Assert.Equal("internet-facing", legacy.Scheme);
        Assert.Equal("legacy-123456789.eu-west-1.elb.amazonaws.com", legacy.DnsName);
        Assert.Equal(["eu-west-1a"], legacy.AvailabilityZones);
        Assert.Equal(["sg-a61988c3"], legacy.SecurityGroupIds);
        Assert.False(legacy.AccessLogsEnabled);
        Assert.True(legacy.ConnectionDrainingEnabled);
        Assert.True(legacy.CrossZoneLoadBalancingEnabled);
        Assert.Equal("monitor", legacy.DesyncMitigationMode);
        Assert.Equal(
            [
                new ClassicListener { Protocol = "HTTPS", LoadBalancerPort = 443, InstanceProtocol = "HTTP", InstancePort = 80, SslCertificateId = "arn:aws:iam::123456789012:server-certificate/legacy", PolicyName = "ELBSecurityPolicy-2011-08" },
                new ClassicListener { Protocol = "HTTP", LoadBalancerPort = 80, InstanceProtocol = "HTTP", InstancePort = 80 },
            ],
            legacy.Listeners);
        Assert.Equal(new Dictionary<string, string> { ["data-classification"] = "internal", ["team"] = "legacy" }, legacy.Tags);
        Assert.Equal(["legacy"], ElbEstate.Listed(Assert.Single(fake.Requests, r => r.Operation == "DescribeTags"), "LoadBalancerNames"));
    }

    [Fact]
    public async Task Collect_AskDescribeTagsForAtMostTwentyLoadBalancersAtATime()
    {
        var names = Enumerable.Range(1, 45).Select(n => $"lb-{n:00}").ToList();
        using var fake = new FakeAws()
            .On("elasticloadbalancing", r => r.Operation == "DescribeLoadBalancers", _ => FakeAws.Xml(
                "<DescribeLoadBalancersResponse xmlns=\"http://elasticloadbalancing.amazonaws.com/doc/2012-06-01/\"><DescribeLoadBalancersResult><LoadBalancerDescriptions>"
                + string.Concat(names.Select(n => $"<member><LoadBalancerName>{n}</LoadBalancerName><Scheme>internal</Scheme><ListenerDescriptions/></member>"))
                + "</LoadBalancerDescriptions></DescribeLoadBalancersResult></DescribeLoadBalancersResponse>"))
            .On("elasticloadbalancing", r => r.Operation == "DescribeLoadBalancerAttributes", _ => FakeAws.Xml(
                "<DescribeLoadBalancerAttributesResponse xmlns=\"http://elasticloadbalancing.amazonaws.com/doc/2012-06-01/\"><DescribeLoadBalancerAttributesResult><LoadBalancerAttributes/></DescribeLoadBalancerAttributesResult></DescribeLoadBalancerAttributesResponse>"))
            .On("elasticloadbalancing", r => r.Operation == "DescribeTags", r => FakeAws.Xml(
                "<DescribeTagsResponse xmlns=\"http://elasticloadbalancing.amazonaws.com/doc/2012-06-01/\"><DescribeTagsResult><TagDescriptions>"
                + string.Concat(ElbEstate.Listed(r, "LoadBalancerNames").Select(n => $"<member><LoadBalancerName>{n}</LoadBalancerName><Tags><member><Key>name</Key><Value>{n}</Value></member></Tags></member>"))
                + "</TagDescriptions></DescribeTagsResult></DescribeTagsResponse>"));

        var snapshot = await fake.CollectAsync(new ClassicElbCollector());

        Assert.Empty(snapshot.Errors);
        Assert.Equal([20, 20, 5], fake.Requests.Where(r => r.Operation == "DescribeTags").Select(r => ElbEstate.Listed(r, "LoadBalancerNames").Count).Order().Reverse());
        Assert.Equal(names, snapshot.ClassicLoadBalancers.Select(b => b.Name).Order(StringComparer.Ordinal));
        Assert.All(snapshot.ClassicLoadBalancers, b => Assert.Equal(b.Name, b.Tags["name"]));
    }

    [Fact]
    public async Task Collect_WhenDescribeTagsIsDenied_KeepsTheLoadBalancersWithTagsUnreadable()
    {
        using var fake = ElbEstate.Register(new FakeAws())
            .On("elasticloadbalancing", r => r.Operation == "DescribeTags", _ => FakeAws.QueryDenied());

        var modern = await fake.CollectAsync(new Elbv2Collector());
        var classic = await fake.CollectAsync(new ClassicElbCollector());

        Assert.All(modern.LoadBalancers, b => Assert.Equal(["Tags"], b.Unreadable));
        Assert.All(modern.LoadBalancers, b => Assert.Empty(b.Tags));
        Assert.Equal([(ElbEstate.AlbArn, "Tags", "DescribeTags"), (ElbEstate.NlbArn, "Tags", "DescribeTags")],
            modern.Errors.Select(e => (e.ResourceArn!, e.Property!, e.Operation)).Order());
        Assert.True(modern.LoadBalancers.Single(b => b.Arn == ElbEstate.NlbArn).DeletionProtection);
        var legacy = Assert.Single(classic.ClassicLoadBalancers);
        Assert.Equal(["Tags"], legacy.Unreadable);
        Assert.True(legacy.ConnectionDrainingEnabled);
        Assert.Equal((ElbEstate.ClassicArn, "Tags", "DescribeTags", "AccessDenied"), Describe4(Assert.Single(classic.Errors)));
    }

    private static (string?, string?, string, string) Describe4(CollectionError e) => (e.ResourceArn, e.Property, e.Operation, e.ErrorCode);

    [Fact]
    public async Task Collect_WhenListingsAreDenied_RecordTheErrorsAndAddNoResources()
    {
        using var fake = ElbEstate.Register(new FakeAws())
            .On("elasticloadbalancing", r => r.Operation == "DescribeLoadBalancers", _ => FakeAws.QueryDenied());

        var modern = await fake.CollectAsync(new Elbv2Collector());
        var classic = await fake.CollectAsync(new ClassicElbCollector());

        Assert.Empty(modern.LoadBalancers);
        Assert.Equal((ResourceTypes.LoadBalancer, "DescribeLoadBalancers", "AccessDenied", null), Describe(Assert.Single(modern.Errors)));
        Assert.Empty(classic.ClassicLoadBalancers);
        Assert.Equal((ResourceTypes.ClassicLoadBalancer, "DescribeLoadBalancers", "AccessDenied", null), Describe(Assert.Single(classic.Errors)));
    }

    [Fact]
    public async Task Collect_WhenDetailsAreDenied_KeepsTheLoadBalancersWithUnreadableProperties()
    {
        using var fake = ElbEstate.Register(new FakeAws())
            .On("elasticloadbalancing", r => r.Operation == "DescribeListeners" && r.Form["LoadBalancerArn"] == ElbEstate.AlbArn, _ => FakeAws.QueryDenied())
            .On("elasticloadbalancing", r => r.Operation == "DescribeLoadBalancerAttributes", _ => FakeAws.QueryDenied())
            .On("elasticloadbalancing", r => r.Operation == "DescribeLoadBalancerPolicies", _ => FakeAws.QueryDenied());

        var modern = await fake.CollectAsync(new Elbv2Collector());
        var classic = await fake.CollectAsync(new ClassicElbCollector());

        var alb = modern.LoadBalancers.Single(b => b.Arn == ElbEstate.AlbArn);
        Assert.Equal(["Listeners", "DeletionProtection", "AccessLogsEnabled", "DropInvalidHeaderFields", "DesyncMitigationMode"], alb.Unreadable);
        Assert.Equal(5, modern.Errors.Count(e => e.ResourceArn == ElbEstate.AlbArn));
        var legacy = Assert.Single(classic.ClassicLoadBalancers);
        Assert.Equal(["Listeners", "AccessLogsEnabled", "ConnectionDrainingEnabled", "CrossZoneLoadBalancingEnabled", "DesyncMitigationMode"], legacy.Unreadable);
        Assert.Null(legacy.Listeners[0].PolicyName);
        Assert.All(classic.Errors, e => Assert.Equal((ElbEstate.ClassicArn, "AccessDenied"), (e.ResourceArn, e.ErrorCode)));
    }

    [Fact]
    public async Task Checks_OnUnreadableListenersAndAttributes_ReportErrorNotPass()
    {
        using var fake = ElbEstate.Register(new FakeAws())
            .On("elasticloadbalancing", r => r.Operation == "DescribeListeners", _ => FakeAws.QueryDenied())
            .On("elasticloadbalancing", r => r.Operation == "DescribeLoadBalancerAttributes", _ => FakeAws.QueryDenied())
            .On("elasticloadbalancing", r => r.Operation == "DescribeLoadBalancerPolicies", _ => FakeAws.QueryDenied());

        var modern = await fake.CollectAsync(new Elbv2Collector());
        var classic = await fake.CollectAsync(new ClassicElbCollector());

        Assert.Equal(FindingStatus.Error, CheckRun.StatusOf(modern, "elb-listener-strong-tls-policy", ElbEstate.AlbArn));
        Assert.Equal(FindingStatus.Error, CheckRun.StatusOf(modern, "elb-deletion-protection-enabled", ElbEstate.NlbArn));
        Assert.Equal(FindingStatus.Error, CheckRun.StatusOf(classic, "elb-classic-strong-tls-policy", ElbEstate.ClassicArn));
        Assert.Equal(FindingStatus.Error, CheckRun.StatusOf(classic, "elb-classic-connection-draining-enabled", ElbEstate.ClassicArn));
    }

    [Fact]
    public async Task Checks_OnTheReadableEstate_JudgeTheCollectedSettings()
    {
        using var fake = ElbEstate.Register(new FakeAws());

        var modern = await fake.CollectAsync(new Elbv2Collector());
        var classic = await fake.CollectAsync(new ClassicElbCollector());

        Assert.Equal(FindingStatus.Pass, CheckRun.StatusOf(modern, "elb-alb-http-redirects-to-https", ElbEstate.AlbArn));
        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(modern, "elb-deletion-protection-enabled", ElbEstate.AlbArn));
        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(classic, "elb-classic-strong-tls-policy", ElbEstate.ClassicArn));
        Assert.Equal(FindingStatus.Pass, CheckRun.StatusOf(classic, "elb-classic-connection-draining-enabled", ElbEstate.ClassicArn));
    }

    private static (string?, string, string, string?) Describe(CollectionError error) => (error.ResourceType, error.Operation, error.ErrorCode, error.ResourceArn);
}
