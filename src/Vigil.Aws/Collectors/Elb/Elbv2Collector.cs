using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model;
using Vigil.Core.Model.Elb;

namespace Vigil.Aws.Collectors.Elb;

/// <summary>Application, network and gateway load balancers in one region (DescribeLoadBalancers), each with its
/// listeners and TLS policies (DescribeListeners), attributes (DescribeLoadBalancerAttributes) and, for application load
/// balancers, the WAF web ACL protecting it (wafv2 GetWebACLForResource); the tags of all of them (DescribeTags).</summary>
internal sealed class Elbv2Collector : IResourceCollector
{
    /// <summary>The attribute-backed properties, unreadable together when the attributes call fails.</summary>
    private static readonly string[] AttributeProperties =
    [
        nameof(LoadBalancer.DeletionProtection), nameof(LoadBalancer.AccessLogsEnabled),
        nameof(LoadBalancer.DropInvalidHeaderFields), nameof(LoadBalancer.DesyncMitigationMode),
    ];

    public string Service => "elbv2";
    public bool Regional => true;

    public IReadOnlyList<string> Actions { get; } =
    [
        "elasticloadbalancing:DescribeListeners", "elasticloadbalancing:DescribeLoadBalancerAttributes", "elasticloadbalancing:DescribeLoadBalancers",
        "elasticloadbalancing:DescribeTags", "wafv2:GetWebACLForResource",
    ];

    public async Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var balancers = await target.ListAsync(sink, "elbv2", "DescribeLoadBalancers", null, "LoadBalancers", ResourceTypes.LoadBalancer, cancellationToken).ConfigureAwait(false);
        if (balancers is null) return;
        var read = balancers.Select(b => ToLoadBalancer(target, b)).ToList();
        var tags = LoadBalancerTags.ReadAsync(target, "elbv2", "ResourceArns", "ResourceArn", [.. read.Select(b => b.Arn)], cancellationToken);
        await Task.WhenAll(read.Select(b => ReadOneAsync(target, sink, b, tags, cancellationToken))).ConfigureAwait(false);
    }

    private static async Task ReadOneAsync(CollectionTarget target, CollectionSink sink, LoadBalancer balancer, Task<LoadBalancerTags> tagsTask,
        CancellationToken cancellationToken)
    {
        var listenersTask = target.TryListAsync("elbv2", "DescribeListeners", new JsonObject { ["LoadBalancerArn"] = balancer.Arn }, "Listeners", cancellationToken);
        var attributesTask = target.DetailAsync("elbv2", "DescribeLoadBalancerAttributes", new JsonObject { ["LoadBalancerArn"] = balancer.Arn }, cancellationToken);
        var webAclTask = balancer.IsApplication
            ? target.DetailAsync("wafv2", "GetWebACLForResource", new JsonObject { ["ResourceArn"] = balancer.Arn }, cancellationToken)
            : null;
        var listeners = await listenersTask.ConfigureAwait(false);
        var attributes = await attributesTask.ConfigureAwait(false);

        var read = balancer;
        var unreadable = new List<string>();
        if (listeners.Failure is { } listenersFailure)
        {
            unreadable.Add(nameof(LoadBalancer.Listeners));
            sink.Failed(listenersFailure, target.AccountId, ResourceTypes.LoadBalancer, balancer.Arn, nameof(LoadBalancer.Listeners));
        }
        else
        {
            read = read with { Listeners = [.. listeners.Items!.Select(ToListener)] };
        }
        if (attributes.Failure is { } attributesFailure)
        {
            unreadable.AddRange(AttributeProperties);
            foreach (var property in AttributeProperties) sink.Failed(attributesFailure, target.AccountId, ResourceTypes.LoadBalancer, balancer.Arn, property);
        }
        else
        {
            var values = attributes.Output.Items("Attributes")
                .Where(a => a.Text("Key") is not null)
                .ToDictionary(a => a.Text("Key")!, a => a.Text("Value") ?? "", StringComparer.Ordinal);
            read = read with
            {
                DeletionProtection = values.GetValueOrDefault("deletion_protection.enabled") == "true",
                AccessLogsEnabled = values.GetValueOrDefault("access_logs.s3.enabled") == "true",
                DropInvalidHeaderFields = values.GetValueOrDefault("routing.http.drop_invalid_header_fields.enabled") == "true",
                DesyncMitigationMode = values.GetValueOrDefault("routing.http.desync_mitigation_mode"),
            };
        }
        if (webAclTask is not null)
        {
            var webAcl = await webAclTask.ConfigureAwait(false);
            if (webAcl.Failure is { } webAclFailure)
            {
                unreadable.Add(nameof(LoadBalancer.WebAclArn));
                sink.Failed(webAclFailure, target.AccountId, ResourceTypes.LoadBalancer, balancer.Arn, nameof(LoadBalancer.WebAclArn));
            }
            else
            {
                read = read with { WebAclArn = webAcl.Output?["WebACL"].Text("ARN") };
            }
        }
        var tags = (await tagsTask.ConfigureAwait(false)).For(balancer.Arn, out var tagsFailure);
        if (tagsFailure is not null)
        {
            unreadable.Add(nameof(LoadBalancer.Tags));
            sink.Failed(tagsFailure, target.AccountId, ResourceTypes.LoadBalancer, balancer.Arn, nameof(LoadBalancer.Tags));
        }
        else
        {
            read = read with { Tags = tags };
        }
        sink.Add(unreadable.Count == 0 ? read : read with { Unreadable = unreadable });
    }

    private static LoadBalancer ToLoadBalancer(CollectionTarget target, JsonNode balancer)
    {
        var arn = balancer.Text("LoadBalancerArn") ?? throw new InvalidDataException("DescribeLoadBalancers returned a load balancer without LoadBalancerArn");
        return new LoadBalancer
        {
            Arn = arn,
            Name = balancer.Text("LoadBalancerName") ?? arn,
            AccountId = target.AccountId,
            Region = target.Region,
            Type = balancer.Text("Type") ?? throw new InvalidDataException($"DescribeLoadBalancers returned {arn} without Type"),
            Scheme = balancer.Text("Scheme") ?? throw new InvalidDataException($"DescribeLoadBalancers returned {arn} without Scheme"),
            DnsName = balancer.Text("DNSName"),
            VpcId = balancer.Text("VpcId"),
            AvailabilityZones = balancer.TextsOf("AvailabilityZones", "ZoneName"),
            SecurityGroupIds = balancer.Texts("SecurityGroups"),
        };
    }

    private static Listener ToListener(JsonNode listener)
    {
        var action = listener.Items("DefaultActions").OrderBy(a => a.Integer("Order") ?? int.MaxValue).FirstOrDefault();
        return new Listener
        {
            Arn = listener.Text("ListenerArn") ?? throw new InvalidDataException("DescribeListeners returned a listener without ListenerArn"),
            Protocol = listener.Text("Protocol") ?? "",
            Port = listener.Integer("Port") ?? 0,
            SslPolicy = listener.Text("SslPolicy"),
            CertificateArns = listener.TextsOf("Certificates", "CertificateArn"),
            DefaultActionType = action.Text("Type"),
            RedirectProtocol = action?["RedirectConfig"].Text("Protocol"),
        };
    }
}
