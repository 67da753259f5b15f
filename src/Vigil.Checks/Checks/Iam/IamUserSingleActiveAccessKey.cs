using Vigil.Core.Checks;
using Vigil.Core.Model.Iam;

namespace Vigil.Checks.Checks.Iam;

internal sealed class IamUserSingleActiveAccessKey : Check<IamUser>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "iam-user-single-active-access-key",
        Title = "IAM users have at most one active access key",
        Severity = Severity.Medium,
        Service = "iam",
        Domain = Domain.Identity,
        Risk = "A second active key is usually a rotation that was never finished: twice the secrets to leak, and the old one stays valid although nobody remembers where it is used.",
        Remediation = new()
        {
            Text = "Finish the rotation: move every consumer to the newer key, then deactivate and delete the older one.",
            Cli = "aws iam update-access-key --user-name USER_NAME --access-key-id OLD_ACCESS_KEY_ID --status Inactive && aws iam delete-access-key --user-name USER_NAME --access-key-id OLD_ACCESS_KEY_ID",
            Terraform = "# Keep a single aws_iam_access_key resource per user; remove the older one and apply.",
            CloudFormation = "# Keep a single AWS::IAM::AccessKey per user; remove the older one (or set Status: Inactive) and update the stack.",
            Url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id-credentials-access-keys-update.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["AccessKeys"];

    public override CheckOutcome Evaluate(IamUser user, CheckContext context)
    {
        var active = user.AccessKeys.Where(k => k.IsActive).Select(k => k.AccessKeyId).ToList();
        return active.Count <= 1
            ? Pass($"IAM user {user.Name} has {active.Count} active access key{(active.Count == 1 ? "" : "s")}.")
            : Fail($"IAM user {user.Name} has {active.Count} active access keys ({string.Join(", ", active)}).");
    }
}
