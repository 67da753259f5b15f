using Vigil.Core.Checks;
using Vigil.Core.Model.Elb;

namespace Vigil.Checks.Checks.Elb;

internal sealed class ElbClassicEncryptedListeners : Check<ClassicLoadBalancer>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "elb-classic-encrypted-listeners",
        Title = "Classic Load Balancer listeners use HTTPS or SSL",
        Severity = Severity.Medium,
        Service = "elb",
        Domain = Domain.DataProtection,
        Risk = "An HTTP or TCP listener carries client traffic in clear text, so credentials, session tokens and data can be read or altered by anyone on the network path.",
        Remediation = new()
        {
            Text = "Replace every HTTP/TCP listener with an HTTPS or SSL listener using an ACM certificate (or migrate to an Application Load Balancer that redirects HTTP to HTTPS).",
            Cli = """
                aws elb create-load-balancer-listeners --load-balancer-name LB_NAME --listeners Protocol=HTTPS,LoadBalancerPort=443,InstanceProtocol=HTTP,InstancePort=8080,SSLCertificateId=CERT_ARN
                aws elb delete-load-balancer-listeners --load-balancer-name LB_NAME --load-balancer-ports 80
                """,
            Terraform = """
                resource "aws_elb" "this" {
                  # ...
                  listener {
                    lb_port            = 443
                    lb_protocol        = "https"
                    instance_port      = 8080
                    instance_protocol  = "http"
                    ssl_certificate_id = aws_acm_certificate.this.arn
                  }
                }
                """,
            CloudFormation = """
                LoadBalancer:
                  Type: AWS::ElasticLoadBalancing::LoadBalancer
                  Properties:
                    Listeners:
                      - LoadBalancerPort: "443"
                        Protocol: HTTPS
                        InstancePort: "8080"
                        InstanceProtocol: HTTP
                        SSLCertificateId: !Ref AcmCertificate
                """,
            Url = "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-create-https-ssl-load-balancer.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Listeners"];

    public override CheckOutcome Evaluate(ClassicLoadBalancer loadBalancer, CheckContext context)
    {
        if (loadBalancer.Listeners.Count == 0) return CheckOutcome.Error($"The listeners of Classic Load Balancer {loadBalancer.Name} were not collected.");
        var plain = loadBalancer.Listeners.Where(l => !l.IsEncrypted).Select(l => $"{l.Protocol}:{l.LoadBalancerPort}").ToList();
        return plain.Count == 0
            ? Pass($"Every listener of Classic Load Balancer {loadBalancer.Name} uses HTTPS or SSL.")
            : Fail($"Classic Load Balancer {loadBalancer.Name} has unencrypted listener(s) {string.Join(", ", plain)}.");
    }
}
