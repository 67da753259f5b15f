using Vigil.Core.Checks;
using Vigil.Core.Model.Iam;

namespace Vigil.Checks.Checks.Iam;

internal sealed class IamServerCertificateNotExpired : Check<ServerCertificate>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "iam-server-certificate-not-expired",
        Title = "No expired SSL/TLS certificates are stored in IAM",
        Severity = Severity.Medium,
        Service = "iam",
        Domain = Domain.DataProtection,
        Risk = "An expired certificate left in IAM can be attached to a load balancer or CloudFront by mistake, breaking TLS for clients or training them to click through certificate warnings.",
        Remediation = new()
        {
            Text = "Delete expired server certificates from IAM (after checking that no load balancer or distribution still references them); prefer ACM, which renews certificates automatically.",
            Cli = "aws iam delete-server-certificate --server-certificate-name CERTIFICATE_NAME",
            Terraform = "# Remove the aws_iam_server_certificate resource of the expired certificate (or replace it with an aws_acm_certificate) and apply.",
            CloudFormation = "# IAM server certificates are not managed by CloudFormation; delete them with the CLI and use AWS::CertificateManager::Certificate instead.",
            Url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_server-certs.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Expiration"];

    public override CheckOutcome Evaluate(ServerCertificate certificate, CheckContext context)
    {
        if (certificate.Expiration is not { } expiration)
            return CheckOutcome.Error($"The expiration date of IAM server certificate {certificate.Name} was not collected.");
        return expiration <= context.Now
            ? Fail($"IAM server certificate {certificate.Name} expired {context.DaysSince(expiration)} days ago ({expiration:yyyy-MM-dd}).")
            : Pass($"IAM server certificate {certificate.Name} is valid until {expiration:yyyy-MM-dd}.");
    }
}
