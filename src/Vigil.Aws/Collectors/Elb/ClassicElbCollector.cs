using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model;
using Vigil.Core.Model.Elb;

namespace Vigil.Aws.Collectors.Elb;

/// <summary>Classic Load Balancers in one region (DescribeLoadBalancers), each with its attributes
/// (DescribeLoadBalancerAttributes) and the security policy behind each HTTPS/SSL listener (DescribeLoadBalancerPolicies); the tags of all of them (DescribeTags).</summary>
internal sealed class ClassicElbCollector : IResourceCollector
{
    private static readonly string[] AttributeProperties =
    [
        nameof(ClassicLoadBalancer.AccessLogsEnabled), nameof(ClassicLoadBalancer.ConnectionDrainingEnabled),
        nameof(ClassicLoadBalancer.CrossZoneLoadBalancingEnabled), nameof(ClassicLoadBalancer.DesyncMitigationMode),
    ];

    public string Service => "elb";
    public bool Regional => true;

    public IReadOnlyList<string> Actions { get; } =
    [
        "elasticloadbalancing:DescribeLoadBalancerAttributes", "elasticloadbalancing:DescribeLoadBalancerPolicies", "elasticloadbalancing:DescribeLoadBalancers",
        "elasticloadbalancing:DescribeTags",
    ];

    public async Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var balancers = await target.ListAsync(sink, "elb", "DescribeLoadBalancers", null, "LoadBalancerDescriptions", ResourceTypes.ClassicLoadBalancer, cancellationToken).ConfigureAwait(false);
        if (balancers is null) return;
        var names = balancers.Select(b => b.Text("LoadBalancerName")).OfType<string>().ToList();
        var tags = LoadBalancerTags.ReadAsync(target, "elb", "LoadBalancerNames", "LoadBalancerName", names, cancellationToken);
        await Task.WhenAll(balancers.Select(b => ReadOneAsync(target, sink, b, tags, cancellationToken))).ConfigureAwait(false);
    }

    private static async Task ReadOneAsync(CollectionTarget target, CollectionSink sink, JsonNode node, Task<LoadBalancerTags> tagsTask, CancellationToken cancellationToken)
    {
        var name = node.Text("LoadBalancerName") ?? throw new InvalidDataException("DescribeLoadBalancers returned a load balancer without LoadBalancerName");
        var balancer = new ClassicLoadBalancer
        {
            Arn = $"arn:{target.Partition}:elasticloadbalancing:{target.Region}:{target.AccountId}:loadbalancer/{name}",
            Name = name,
            AccountId = target.AccountId,
            Region = target.Region,
            Scheme = node.Text("Scheme") ?? throw new InvalidDataException($"DescribeLoadBalancers returned {name} without Scheme"),
            DnsName = node.Text("DNSName"),
            AvailabilityZones = node.Texts("AvailabilityZones"),
            SecurityGroupIds = node.Texts("SecurityGroups"),
        };
        var encrypted = node.Items("ListenerDescriptions").Any(d => d["Listener"].Text("Protocol") is "HTTPS" or "SSL");
        var attributesTask = target.DetailAsync("elb", "DescribeLoadBalancerAttributes", new JsonObject { ["LoadBalancerName"] = name }, cancellationToken);
        var policiesTask = encrypted
            ? target.DetailAsync("elb", "DescribeLoadBalancerPolicies", new JsonObject { ["LoadBalancerName"] = name }, cancellationToken)
            : Task.FromResult(new DetailResult([], null));
        var attributes = await attributesTask.ConfigureAwait(false);
        var policies = await policiesTask.ConfigureAwait(false);

        var unreadable = new List<string>();
        if (policies.Failure is { } policiesFailure)
        {
            unreadable.Add(nameof(ClassicLoadBalancer.Listeners));
            sink.Failed(policiesFailure, target.AccountId, ResourceTypes.ClassicLoadBalancer, balancer.Arn, nameof(ClassicLoadBalancer.Listeners));
        }
        var securityPolicies = ClassicSecurityPolicies.From(policies.Output);
        balancer = balancer with { Listeners = [.. node.Items("ListenerDescriptions").Select(d => ToListener(d, securityPolicies))] };

        if (attributes.Failure is { } attributesFailure)
        {
            unreadable.AddRange(AttributeProperties);
            foreach (var property in AttributeProperties) sink.Failed(attributesFailure, target.AccountId, ResourceTypes.ClassicLoadBalancer, balancer.Arn, property);
        }
        else
        {
            var values = attributes.Output?["LoadBalancerAttributes"];
            balancer = balancer with
            {
                AccessLogsEnabled = values?["AccessLog"].Flag("Enabled") ?? false,
                ConnectionDrainingEnabled = values?["ConnectionDraining"].Flag("Enabled") ?? false,
                CrossZoneLoadBalancingEnabled = values?["CrossZoneLoadBalancing"].Flag("Enabled") ?? false,
                DesyncMitigationMode = values.Items("AdditionalAttributes").FirstOrDefault(a => a.Text("Key") == "elb.http.desyncmitigationmode").Text("Value"),
            };
        }
        var tags = (await tagsTask.ConfigureAwait(false)).For(name, out var tagsFailure);
        if (tagsFailure is not null)
        {
            unreadable.Add(nameof(ClassicLoadBalancer.Tags));
            sink.Failed(tagsFailure, target.AccountId, ResourceTypes.ClassicLoadBalancer, balancer.Arn, nameof(ClassicLoadBalancer.Tags));
        }
        else
        {
            balancer = balancer with { Tags = tags };
        }
        sink.Add(unreadable.Count == 0 ? balancer : balancer with { Unreadable = unreadable });
    }

    private static ClassicListener ToListener(JsonNode description, ClassicSecurityPolicies policies)
    {
        var listener = description["Listener"];
        return new ClassicListener
        {
            Protocol = listener.Text("Protocol") ?? throw new InvalidDataException("DescribeLoadBalancers returned a listener without Protocol"),
            LoadBalancerPort = listener.Integer("LoadBalancerPort") ?? 0,
            InstanceProtocol = listener.Text("InstanceProtocol"),
            InstancePort = listener.Integer("InstancePort") ?? 0,
            SslCertificateId = listener.Text("SSLCertificateId"),
            PolicyName = policies.For(description.Texts("PolicyNames")),
        };
    }
}
