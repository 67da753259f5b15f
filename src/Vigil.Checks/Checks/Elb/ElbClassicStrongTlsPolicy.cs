using Vigil.Core.Checks;
using Vigil.Core.Model.Elb;

namespace Vigil.Checks.Checks.Elb;

internal sealed class ElbClassicStrongTlsPolicy : Check<ClassicLoadBalancer>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "elb-classic-strong-tls-policy",
        Title = "Classic Load Balancer HTTPS and SSL listeners use the strong predefined TLS security policy",
        Severity = Severity.Medium,
        Service = "elb",
        Domain = Domain.DataProtection,
        Risk = "Older security policies accept TLS 1.0/1.1 and weak ciphers, which lets an attacker on the network path downgrade connections and attack them with known protocol weaknesses.",
        Remediation = new()
        {
            Text = "Attach the predefined policy ELBSecurityPolicy-TLS-1-2-2017-01 to every HTTPS/SSL listener.",
            Cli = """
                aws elb create-load-balancer-policy --load-balancer-name LB_NAME --policy-name tls-1-2 --policy-type-name SSLNegotiationPolicyType --policy-attributes AttributeName=Reference-Security-Policy,AttributeValue=ELBSecurityPolicy-TLS-1-2-2017-01
                aws elb set-load-balancer-policies-of-listener --load-balancer-name LB_NAME --load-balancer-port 443 --policy-names tls-1-2
                """,
            Terraform = """
                resource "aws_load_balancer_policy" "tls" {
                  load_balancer_name = aws_elb.this.name
                  policy_name        = "tls-1-2"
                  policy_type_name   = "SSLNegotiationPolicyType"
                  policy_attribute {
                    name  = "Reference-Security-Policy"
                    value = "ELBSecurityPolicy-TLS-1-2-2017-01"
                  }
                }

                resource "aws_load_balancer_listener_policy" "https" {
                  load_balancer_name = aws_elb.this.name
                  load_balancer_port = 443
                  policy_names       = [aws_load_balancer_policy.tls.policy_name]
                }
                """,
            CloudFormation = """
                LoadBalancer:
                  Type: AWS::ElasticLoadBalancing::LoadBalancer
                  Properties:
                    Policies:
                      - PolicyName: tls-1-2
                        PolicyType: SSLNegotiationPolicyType
                        Attributes:
                          - Name: Reference-Security-Policy
                            Value: ELBSecurityPolicy-TLS-1-2-2017-01
                    Listeners:
                      - LoadBalancerPort: "443"
                        Protocol: HTTPS
                        InstancePort: "8080"
                        SSLCertificateId: !Ref AcmCertificate
                        PolicyNames: [tls-1-2]
                """,
            Url = "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-security-policy-table.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Listeners"];

    public override CheckOutcome Evaluate(ClassicLoadBalancer loadBalancer, CheckContext context)
    {
        var encrypted = loadBalancer.Listeners.Where(l => l.IsEncrypted).ToList();
        if (encrypted.Count == 0) return NotApplicable;
        if (encrypted.FirstOrDefault(l => l.PolicyName is null) is { } unknown)
            return CheckOutcome.Error($"The security policy of listener port {unknown.LoadBalancerPort} of Classic Load Balancer {loadBalancer.Name} was not collected.");
        var weak = encrypted.Where(l => !ElbTlsPolicies.StrongClassic.Contains(l.PolicyName!)).Select(l => $"{l.LoadBalancerPort} ({l.PolicyName})").ToList();
        return weak.Count == 0
            ? Pass($"Every HTTPS/SSL listener of Classic Load Balancer {loadBalancer.Name} uses a strong security policy.")
            : Fail($"Classic Load Balancer {loadBalancer.Name} has HTTPS/SSL listener(s) on port {string.Join(", ", weak)} with a weak security policy.");
    }
}
