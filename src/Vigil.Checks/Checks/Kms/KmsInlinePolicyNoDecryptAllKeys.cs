using Vigil.Checks.Checks.Iam;
using Vigil.Core.Checks;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.Iam;

namespace Vigil.Checks.Checks.Kms;

internal sealed class KmsInlinePolicyNoDecryptAllKeys : AccountCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "kms-inline-policy-no-decrypt-all-keys",
        Title = "No inline policy of an IAM user, group or role allows decryption with every KMS key",
        Severity = Severity.Medium,
        Service = "kms",
        Domain = Domain.DataProtection,
        Risk = DecryptAllKeysText.Risk,
        Remediation = new()
        {
            Text = DecryptAllKeysText.Remediation,
            Cli = "aws iam put-role-policy --role-name ROLE_NAME --policy-name POLICY_NAME --policy-document file://scoped-decrypt.json  # likewise put-user-policy / put-group-policy",
            Terraform = DecryptAllKeysText.Terraform,
            CloudFormation = DecryptAllKeysText.CloudFormation,
            Url = DecryptAllKeysText.Url,
        },
    };

    public override IReadOnlyList<Type> DependsOn => [typeof(Account), typeof(IamUser), typeof(IamGroup), typeof(IamRole)];

    public override IReadOnlyList<string>? Reads => [];

    public override CheckOutcome Evaluate(Account account, CheckContext context)
    {
        var holders = new List<string>();
        var problems = new List<string>();
        InlinePolicyScan.Run(context, account.AccountId, (kind, identity, policy) =>
        {
            var (actions, parseError) = DecryptAllKeysProbe.Verdict(context, account.AccountId, policy.Document, $"{identity.Arn} inline {policy.PolicyName}");
            if (actions.Count > 0) holders.Add($"{kind} {identity.Name} (policy {policy.PolicyName}: {string.Join(", ", actions)})");
            else if (parseError is not null) problems.Add(parseError.TrimEnd('.'));
        }, problems);
        if (holders.Count > 0)
            return Fail($"Inline policies allow decryption with every KMS key of account {account.AccountId}: {string.Join("; ", holders)}.");
        return problems.Count > 0
            ? CheckOutcome.Error($"Inline policies in account {account.AccountId} could not be assessed: {string.Join("; ", problems)}.")
            : Pass($"No inline policy of an IAM identity in account {account.AccountId} allows decryption with every KMS key.");
    }
}
