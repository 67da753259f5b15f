using System.Text.Json.Nodes;
using Vigil.Aws.Collectors.Compute;

namespace Vigil.Aws.Collectors.Elb;

/// <summary>The SSL negotiation policies of a Classic Load Balancer: each policy's predefined security policy (its
/// Reference-Security-Policy attribute), or the policy's own name when it is custom.</summary>
internal sealed class ClassicSecurityPolicies
{
    private readonly Dictionary<string, string> _byPolicyName = new(StringComparer.Ordinal);

    private ClassicSecurityPolicies()
    {
    }

    /// <summary>From a DescribeLoadBalancerPolicies answer; none when it could not be read.</summary>
    public static ClassicSecurityPolicies From(JsonObject? output)
    {
        var policies = new ClassicSecurityPolicies();
        foreach (var policy in output.Items("PolicyDescriptions"))
        {
            if (policy.Text("PolicyTypeName") != "SSLNegotiationPolicyType" || policy.Text("PolicyName") is not { } name) continue;
            var reference = policy.Items("PolicyAttributeDescriptions").FirstOrDefault(a => a.Text("AttributeName") == "Reference-Security-Policy").Text("AttributeValue");
            policies._byPolicyName[name] = reference ?? name;
        }
        return policies;
    }

    /// <summary>The security policy among a listener's policies, or null when none is an SSL negotiation policy.</summary>
    public string? For(IEnumerable<string> listenerPolicyNames) =>
        listenerPolicyNames.Select(n => _byPolicyName.GetValueOrDefault(n)).FirstOrDefault(p => p is not null);
}
