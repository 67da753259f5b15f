using Vigil.Core.Checks;
using Vigil.Core.Model.Acm;

namespace Vigil.Checks.Checks.Acm;

internal sealed class AcmCertificateNotExpiring : Check<Certificate>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "acm-certificate-not-expiring",
        Title = "ACM certificates are renewed well before they expire",
        Severity = Severity.Medium,
        Service = "acm",
        Domain = Domain.DataProtection,
        Risk = "A certificate that expires breaks TLS for every load balancer, distribution or API using it: clients refuse the connection, or users learn to click through certificate warnings.",
        Remediation = new()
        {
            Text = "For ACM-issued certificates, fix DNS or email validation so managed renewal succeeds; for imported certificates, obtain a new certificate from the issuer and re-import it under the same ARN.",
            Cli = "aws acm import-certificate --certificate-arn CERTIFICATE_ARN --certificate fileb://cert.pem --private-key fileb://key.pem --certificate-chain fileb://chain.pem  # for ACM-issued: aws acm describe-certificate --certificate-arn CERTIFICATE_ARN --query Certificate.RenewalSummary",
            Terraform = """
                resource "aws_acm_certificate" "this" {
                  domain_name       = "www.example.com"
                  validation_method = "DNS" # keep the validation CNAME records in place so renewal succeeds
                  lifecycle { create_before_destroy = true }
                }
                """,
            CloudFormation = """
                Certificate:
                  Type: AWS::CertificateManager::Certificate
                  Properties:
                    DomainName: www.example.com
                    ValidationMethod: DNS
                    DomainValidationOptions:
                      - DomainName: www.example.com
                        HostedZoneId: Z0123456789ABCDEFGHIJ
                """,
            Url = "https://docs.aws.amazon.com/acm/latest/userguide/managed-renewal.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Status", "NotAfter"];

    public override CheckOutcome Evaluate(Certificate certificate, CheckContext context)
    {
        if (certificate.Status is not ("ISSUED" or "EXPIRED")) return NotApplicable;
        if (certificate.NotAfter is not { } notAfter)
            return CheckOutcome.Error($"The expiry date of certificate {certificate.Name} was not collected.");
        var daysLeft = (int)Math.Floor((notAfter - context.Now).TotalDays);
        if (certificate.Status == "EXPIRED" || daysLeft < 0)
            return Fail($"Certificate {certificate.Name} expired on {notAfter:yyyy-MM-dd}.");
        var threshold = context.Settings.CertificateExpiryWarningDays;
        return daysLeft < threshold
            ? Fail($"Certificate {certificate.Name} expires in {daysLeft} days ({notAfter:yyyy-MM-dd}), within the {threshold}-day warning period.")
            : Pass($"Certificate {certificate.Name} is valid for {daysLeft} more days.");
    }
}
