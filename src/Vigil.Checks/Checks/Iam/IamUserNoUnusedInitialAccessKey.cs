using Vigil.Core.Checks;
using Vigil.Core.Model.Iam;

namespace Vigil.Checks.Checks.Iam;

internal sealed class IamUserNoUnusedInitialAccessKey : Check<IamUser>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "iam-user-no-unused-initial-access-key",
        Title = "IAM users with a console password have no never-used access keys",
        Severity = Severity.Low,
        Service = "iam",
        Domain = Domain.Identity,
        Risk = "An access key created along with a console user \"just in case\" is a standing secret nobody needs; it is often handed over in the same message as the password.",
        Remediation = new()
        {
            Text = "Delete access keys that a console user has never used, and create access keys only when the user actually needs programmatic access.",
            Cli = "aws iam delete-access-key --user-name USER_NAME --access-key-id ACCESS_KEY_ID",
            Terraform = "# Remove the aws_iam_access_key resource created together with the user's aws_iam_user_login_profile and apply.",
            CloudFormation = "# Remove the AWS::IAM::AccessKey resource created together with the user's LoginProfile and update the stack.",
            Url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html",
        },
    };

    public override IReadOnlyList<Type> DependsOn => CredentialReportLookup.DependsOn;

    public override IReadOnlyList<string>? Reads => [];

    public override CheckOutcome Evaluate(IamUser user, CheckContext context)
    {
        if (!CredentialReportLookup.TryFind(user, context, out var row, out var error)) return error;
        if (!row.PasswordEnabled) return NotApplicable;
        var unused = new List<string>();
        if (row.AccessKey1 is { Active: true, LastUsed: null }) unused.Add("access key 1");
        if (row.AccessKey2 is { Active: true, LastUsed: null }) unused.Add("access key 2");
        return unused.Count == 0
            ? Pass($"Console user {user.Name} has no active access key that was never used.")
            : Fail($"Console user {user.Name} has an active access key that was never used ({string.Join(", ", unused)}).");
    }
}
