using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.Iam;

namespace Vigil.Checks.Checks.Iam;

internal sealed class IamRoleTrustKnownAccounts : Check<IamRole>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "iam-role-trust-known-accounts",
        Title = "IAM roles can be assumed only from known AWS accounts",
        Severity = Severity.High,
        Service = "iam",
        Domain = Domain.Identity,
        Risk = "A trust policy that names an AWS account nobody reviewed (a former contractor's, a vendor trial's, a typo) lets whoever controls that account assume the role with all of its permissions, from outside the organization's logging and controls.",
        Remediation = new()
        {
            Text = "Remove the unknown accounts from the role's trust policy. If an account is legitimate (a vendor you approved, an account of your organization that was not scanned), add it to the trustedAccounts setting (docs/configuration.md) and require an external id for vendors. Accounts in the snapshot and in trustedAccounts count as known. The check asks Vigil's IAM engine whether principals of each account the trust policy names (as principal, aws:PrincipalAccount or aws:PrincipalArn) may assume the role, with no context and with the context that account would present: its identity, MFA, TLS and any external id the policy names.",
            Cli = "aws iam update-assume-role-policy --role-name ROLE_NAME --policy-document file://trust-without-unknown-accounts.json",
            Terraform = """
                data "aws_iam_policy_document" "trust" {
                  statement {
                    actions = ["sts:AssumeRole"]
                    principals {
                      type        = "AWS"
                      identifiers = ["arn:aws:iam::KNOWN_ACCOUNT_ID:root"]
                    }
                    condition {
                      test     = "StringEquals"
                      variable = "sts:ExternalId"
                      values   = [var.vendor_external_id]
                    }
                  }
                }
                """,
            CloudFormation = """
                Role:
                  Type: AWS::IAM::Role
                  Properties:
                    AssumeRolePolicyDocument:
                      Version: "2012-10-17"
                      Statement:
                        - Effect: Allow
                          Principal: { AWS: "arn:aws:iam::KNOWN_ACCOUNT_ID:root" }
                          Action: sts:AssumeRole
                          Condition: { StringEquals: { "sts:ExternalId": !Ref VendorExternalId } }
                """,
            Url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_common-scenarios_third-party.html",
        },
    };

    public override IReadOnlyList<Type> DependsOn => [typeof(IamRole), typeof(Account)];

    public override IReadOnlyList<string>? Reads => ["TrustPolicy"];

    public override CheckOutcome Evaluate(IamRole role, CheckContext context)
    {
        if (role.IsServiceLinked) return NotApplicable;
        if (role.TrustPolicy is not { } document)
            return CheckOutcome.Error($"The trust policy of role {role.Name} was not collected.");
        var compiled = CompiledPolicies.Get(context, document, role.Arn);
        if (compiled.Policy is not { } trust)
            return CheckOutcome.Error($"The trust policy of role {role.Name} could not be parsed: {compiled.ParseError!.TrimEnd('.')}.");
        var untrusted = AccountTrustProbe.UntrustedAccounts(context, trust, document, role.Arn, role.AccountId);
        return untrusted.Count == 0
            ? Pass($"Role {role.Name} cannot be assumed from an account outside the scanned accounts and trustedAccounts.")
            : Fail($"Role {role.Name} can be assumed from {(untrusted.Count == 1 ? "account" : "accounts")} {string.Join(", ", untrusted)}, neither scanned nor listed in trustedAccounts.");
    }
}
