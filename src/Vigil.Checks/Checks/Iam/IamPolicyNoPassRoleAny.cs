using Vigil.Core.Checks;
using Vigil.Core.Model.Iam;

namespace Vigil.Checks.Checks.Iam;

internal sealed class IamPolicyNoPassRoleAny : Check<ManagedPolicy>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "iam-policy-no-passrole-any",
        Title = "No attached customer managed IAM policy allows iam:PassRole on every role",
        Severity = Severity.High,
        Service = "iam",
        Domain = Domain.Identity,
        Risk = PassRoleAnyText.Risk,
        Remediation = new()
        {
            Text = PassRoleAnyText.Remediation,
            Cli = """
                aws iam create-policy-version --policy-arn POLICY_ARN --set-as-default --policy-document file://scoped-passrole.json
                # scoped-passrole.json: {"Effect":"Allow","Action":"iam:PassRole","Resource":"arn:aws:iam::ACCOUNT_ID:role/app/lambda-*","Condition":{"StringEquals":{"iam:PassedToService":"lambda.amazonaws.com"}}}
                """,
            Terraform = PassRoleAnyText.Terraform,
            CloudFormation = PassRoleAnyText.CloudFormation,
            Url = PassRoleAnyText.Url,
        },
    };

    public override IReadOnlyList<string>? Reads => ["Document"];

    public override CheckOutcome Evaluate(ManagedPolicy policy, CheckContext context)
    {
        if (policy.IsAwsManaged || policy.AttachmentCount == 0) return NotApplicable;
        if (policy.Document is not { } document)
            return CheckOutcome.Error($"The default version document of policy {policy.Name} was not collected.");
        var (services, parseError) = PassRoleProbe.Verdict(context, policy.AccountId, document, policy.Arn);
        if (parseError is not null)
            return CheckOutcome.Error($"The default version of policy {policy.Name} could not be parsed: {parseError.TrimEnd('.')}.");
        return services.Count == 0
            ? Pass($"Policy {policy.Name} does not allow passing every role.")
            : Fail($"Policy {policy.Name}, attached to {policy.AttachmentCount} {(policy.AttachmentCount == 1 ? "identity" : "identities")}, allows iam:PassRole on every role of account {policy.AccountId} (to {string.Join(", ", services)}).");
    }
}
