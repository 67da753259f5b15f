using System.Globalization;
using Vigil.Core.Checks;
using Vigil.Core.Model.Acm;

namespace Vigil.Checks.Checks.Acm;

internal sealed class AcmCertificateRsaKeyLength : Check<Certificate>
{
    private const int MinimumBits = 2048;

    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "acm-certificate-rsa-key-length",
        Title = "ACM certificates with RSA keys use at least 2048 bits",
        Severity = Severity.High,
        Service = "acm",
        Domain = Domain.DataProtection,
        Risk = "RSA keys shorter than 2048 bits are within reach of factoring by a well-resourced attacker, who could then impersonate the site or decrypt recorded traffic.",
        Remediation = new()
        {
            Text = "Replace the certificate with one that has an RSA key of 2048 bits or more (or an ECDSA key), move its users to the new certificate and delete the old one.",
            Cli = "aws acm request-certificate --domain-name www.example.com --validation-method DNS --key-algorithm RSA_2048  # or import a certificate whose key is at least 2048 bits",
            Terraform = """
                resource "aws_acm_certificate" "this" {
                  domain_name       = "www.example.com"
                  validation_method = "DNS"
                  key_algorithm     = "RSA_2048"
                }
                """,
            CloudFormation = """
                Certificate:
                  Type: AWS::CertificateManager::Certificate
                  Properties:
                    DomainName: www.example.com
                    ValidationMethod: DNS
                    KeyAlgorithm: RSA_2048
                """,
            Url = "https://docs.aws.amazon.com/acm/latest/userguide/acm-certificate.html#algorithms",
        },
    };

    public override IReadOnlyList<string>? Reads => ["KeyAlgorithm"];

    public override CheckOutcome Evaluate(Certificate certificate, CheckContext context)
    {
        if (certificate.KeyAlgorithm is not { } algorithm)
            return CheckOutcome.Error($"The key algorithm of certificate {certificate.Name} was not collected.");
        if (!algorithm.StartsWith("RSA", StringComparison.OrdinalIgnoreCase)) return NotApplicable;
        var digits = algorithm.AsSpan(3).TrimStart("_-");
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var bits))
            return CheckOutcome.Error($"The RSA key length of certificate {certificate.Name} could not be read from {algorithm}.");
        return bits < MinimumBits
            ? Fail($"Certificate {certificate.Name} has a {bits}-bit RSA key, shorter than {MinimumBits} bits.")
            : Pass($"Certificate {certificate.Name} has a {bits}-bit RSA key.");
    }
}
