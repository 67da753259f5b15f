using Vigil.Core.Checks;
using Vigil.Core.Model.Iam;

namespace Vigil.Checks.Checks.Kms;

internal sealed class KmsManagedPolicyNoDecryptAllKeys : Check<ManagedPolicy>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "kms-managed-policy-no-decrypt-all-keys",
        Title = "Customer managed IAM policies do not allow decryption with every KMS key",
        Severity = Severity.Medium,
        Service = "kms",
        Domain = Domain.DataProtection,
        Risk = DecryptAllKeysText.Risk,
        Remediation = new()
        {
            Text = DecryptAllKeysText.Remediation + " Attached and unattached policies are judged alike: an unattached policy is one attachment away from granting it.",
            Cli = """
                aws iam create-policy-version --policy-arn POLICY_ARN --set-as-default --policy-document file://scoped-decrypt.json
                # scoped-decrypt.json: {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"kms:Decrypt","Resource":"arn:aws:kms:REGION:ACCOUNT_ID:key/KEY_ID"}]}
                """,
            Terraform = DecryptAllKeysText.Terraform,
            CloudFormation = DecryptAllKeysText.CloudFormation,
            Url = DecryptAllKeysText.Url,
        },
    };

    public override IReadOnlyList<string>? Reads => ["Document"];

    public override CheckOutcome Evaluate(ManagedPolicy policy, CheckContext context)
    {
        if (policy.IsAwsManaged) return NotApplicable;
        if (policy.Document is not { } document)
            return CheckOutcome.Error($"The default version document of policy {policy.Name} was not collected.");
        var (actions, parseError) = DecryptAllKeysProbe.Verdict(context, policy.AccountId, document, policy.Arn);
        if (parseError is not null)
            return CheckOutcome.Error($"The default version of policy {policy.Name} could not be parsed: {parseError.TrimEnd('.')}.");
        return actions.Count == 0
            ? Pass($"Policy {policy.Name} does not allow decryption with every KMS key.")
            : Fail($"Policy {policy.Name} allows {string.Join(" and ", actions)} on every KMS key of account {policy.AccountId} (attached to {policy.AttachmentCount} {(policy.AttachmentCount == 1 ? "identity" : "identities")}).");
    }
}
