using System.Net;
using Vigil.Aws.Collectors.Elb;
using Vigil.Aws.Tests.Collectors.ComputeTesting;
using Vigil.Core.Findings;
using Vigil.Core.Model.Elb;

namespace Vigil.Aws.Tests.Collectors.Elb;

/// <summary>The WAF web ACL of application load balancers (wafv2 GetWebACLForResource, json protocol).</summary>
public sealed class ElbWebAclTests
{
    private static HttpResponseMessage WafDenied()
    {
        var response = FakeAws.Json("""{"__type":"AccessDeniedException","Message":"User is not authorized to perform: wafv2:GetWebACLForResource"}""", HttpStatusCode.BadRequest);
        response.Headers.Add("x-amzn-ErrorType", "AccessDeniedException");
        return response;
    }

    [Fact]
    public async Task Collect_ReadsTheWebAclOfApplicationLoadBalancersOnly()
    {
        using var fake = ElbEstate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new Elbv2Collector());

        Assert.Equal(ElbEstate.WebAclArn, snapshot.LoadBalancers.Single(b => b.Arn == ElbEstate.AlbArn).WebAclArn);
        Assert.Null(snapshot.LoadBalancers.Single(b => b.Arn == ElbEstate.NlbArn).WebAclArn);
        var call = Assert.Single(fake.Requests, r => r.Service == "wafv2");
        Assert.Contains(ElbEstate.AlbArn, call.Body, StringComparison.Ordinal);
        Assert.Equal(FindingStatus.Pass, CheckRun.StatusOf(snapshot, "elb-alb-waf-web-acl-associated", ElbEstate.AlbArn));
    }

    [Fact]
    public async Task Collect_WhenNoWebAclIsAssociated_LeavesTheArnNullAndTheCheckFails()
    {
        using var fake = ElbEstate.Register(new FakeAws()).On("wafv2", "GetWebACLForResource", _ => FakeAws.Json("{}"));

        var snapshot = await fake.CollectAsync(new Elbv2Collector());

        var alb = snapshot.LoadBalancers.Single(b => b.Arn == ElbEstate.AlbArn);
        Assert.Null(alb.WebAclArn);
        Assert.Empty(alb.Unreadable);
        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(snapshot, "elb-alb-waf-web-acl-associated", ElbEstate.AlbArn));
    }

    [Fact]
    public async Task Collect_WhenTheWebAclCallIsDenied_MarksItUnreadableAndTheCheckErrors()
    {
        using var fake = ElbEstate.Register(new FakeAws()).On("wafv2", "GetWebACLForResource", _ => WafDenied());

        var snapshot = await fake.CollectAsync(new Elbv2Collector());

        var alb = snapshot.LoadBalancers.Single(b => b.Arn == ElbEstate.AlbArn);
        Assert.Equal([nameof(LoadBalancer.WebAclArn)], alb.Unreadable);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal((ElbEstate.AlbArn, nameof(LoadBalancer.WebAclArn), "GetWebACLForResource", "AccessDeniedException"),
            (error.ResourceArn, error.Property, error.Operation, error.ErrorCode));
        Assert.Equal(FindingStatus.Error, CheckRun.StatusOf(snapshot, "elb-alb-waf-web-acl-associated", ElbEstate.AlbArn));
        Assert.Equal(FindingStatus.Pass, CheckRun.StatusOf(snapshot, "elb-alb-drops-invalid-headers", ElbEstate.AlbArn));
    }
}
