using Vigil.Core.Checks;
using Vigil.Core.Model.Elb;

namespace Vigil.Checks.Checks.Elb;

internal sealed class ElbClassicAcmCertificate : Check<ClassicLoadBalancer>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "elb-classic-acm-certificate",
        Title = "Classic Load Balancer HTTPS and SSL listeners use certificates from AWS Certificate Manager",
        Severity = Severity.Medium,
        Service = "elb",
        Domain = Domain.DataProtection,
        Risk = "Certificates uploaded to IAM are not renewed automatically, so they expire unnoticed and break TLS, and their private keys were handled outside AWS, where they may be copied or leaked.",
        Remediation = new()
        {
            Text = "Request or import the certificate in AWS Certificate Manager and switch each HTTPS/SSL listener to the ACM certificate ARN.",
            Cli = "aws elb set-load-balancer-listener-ssl-certificate --load-balancer-name LB_NAME --load-balancer-port 443 --ssl-certificate-id arn:aws:acm:REGION:ACCOUNT:certificate/CERT_ID",
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
            Url = "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-update-ssl-cert.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Listeners"];

    public override CheckOutcome Evaluate(ClassicLoadBalancer loadBalancer, CheckContext context)
    {
        var encrypted = loadBalancer.Listeners.Where(l => l.IsEncrypted).ToList();
        if (encrypted.Count == 0) return NotApplicable;
        if (encrypted.FirstOrDefault(l => l.SslCertificateId is null) is { } unknown)
            return CheckOutcome.Error($"The certificate of listener port {unknown.LoadBalancerPort} of Classic Load Balancer {loadBalancer.Name} was not collected.");
        var notAcm = encrypted.Where(l => !IsAcm(l.SslCertificateId!)).Select(l => l.LoadBalancerPort).ToList();
        return notAcm.Count == 0
            ? Pass($"Every HTTPS/SSL listener of Classic Load Balancer {loadBalancer.Name} uses an ACM certificate.")
            : Fail($"Classic Load Balancer {loadBalancer.Name} has HTTPS/SSL listener(s) on port {string.Join(", ", notAcm)} with a certificate not from ACM.");
    }

    private static bool IsAcm(string certificateArn)
    {
        var parts = certificateArn.Split(':');
        return parts.Length > 2 && parts[0] == "arn" && parts[2] == "acm";
    }
}
