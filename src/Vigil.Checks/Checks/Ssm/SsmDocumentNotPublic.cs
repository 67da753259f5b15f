using Vigil.Core.Checks;
using Vigil.Core.Model.Ssm;

namespace Vigil.Checks.Checks.Ssm;

internal sealed class SsmDocumentNotPublic : Check<SsmDocument>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "ssm-document-not-public",
        Title = "SSM documents owned by the account are not shared publicly",
        Severity = Severity.Critical,
        Service = "ssm",
        Domain = Domain.DataProtection,
        Risk = "A public SSM document can be read and run by every AWS account; it often reveals internal hostnames, scripts, parameters or credentials and how the environment is operated.",
        Remediation = new()
        {
            Text = "Remove the 'All' account from the document's share permissions, share it only with specific account ids if needed, and turn on the account-level block for public sharing of SSM documents.",
            Cli = "aws ssm modify-document-permission --name DOCUMENT_NAME --permission-type Share --account-ids-to-remove All",
            Terraform = """
                resource "aws_ssm_service_setting" "block_public_sharing" {
                  setting_id    = "/ssm/documents/console/public-sharing-permission"
                  setting_value = "Disable"
                }
                """,
            CloudFormation = "# Document share permissions and the public-sharing block cannot be set in CloudFormation; use the CLI or Terraform.",
            Url = "https://docs.aws.amazon.com/systems-manager/latest/userguide/documents-ssm-sharing.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Public"];

    public override CheckOutcome Evaluate(SsmDocument document, CheckContext context) => document.Public
        ? Fail($"SSM document {document.Name} is shared publicly with all AWS accounts.")
        : Pass($"SSM document {document.Name} is not public.");
}
