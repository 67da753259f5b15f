using Vigil.Core.Checks;
using Vigil.Core.Model.Iam;

namespace Vigil.Checks.Checks.Iam;

internal sealed class IamUserAccessKeysRotated : Check<IamUser>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "iam-user-access-keys-rotated",
        Title = "Active IAM user access keys are rotated every 90 days or less",
        Severity = Severity.Medium,
        Service = "iam",
        Domain = Domain.Identity,
        Risk = "The longer an access key lives, the more places it is copied to (laptops, CI variables, old images) and the longer a leaked copy keeps working.",
        Remediation = new()
        {
            Text = "Create a new access key, move every consumer to it, then deactivate and delete the old key; better, replace long-term keys with roles.",
            Cli = "aws iam create-access-key --user-name USER_NAME && aws iam update-access-key --user-name USER_NAME --access-key-id OLD_ACCESS_KEY_ID --status Inactive && aws iam delete-access-key --user-name USER_NAME --access-key-id OLD_ACCESS_KEY_ID",
            Terraform = """
                resource "time_rotating" "key" { rotation_days = 90 }
                resource "aws_iam_access_key" "this" {
                  user = "USER_NAME"
                  lifecycle { replace_triggered_by = [time_rotating.key] }
                }
                """,
            CloudFormation = """
                AccessKey:
                  Type: AWS::IAM::AccessKey
                  Properties:
                    UserName: USER_NAME
                    Serial: 2  # increment to rotate the key
                """,
            Url = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id-credentials-access-keys-update.html",
        },
    };

    public override IReadOnlyList<Type> DependsOn => CredentialReportLookup.DependsOn;

    public override IReadOnlyList<string>? Reads => [];

    public override CheckOutcome Evaluate(IamUser user, CheckContext context)
    {
        if (!CredentialReportLookup.TryFind(user, context, out var row, out var error)) return error;
        var limit = context.Settings.AccessKeyMaxAgeDays;
        var old = new List<string>();
        var active = 0;
        var number = 0;
        foreach (var key in new[] { row.AccessKey1, row.AccessKey2 })
        {
            number++;
            if (key is not { Active: true }) continue;
            active++;
            if (key.LastRotated is not { } rotated)
                return CheckOutcome.Error($"The credential report has no rotation date for access key {number} of IAM user {user.Name}.");
            var age = context.DaysSince(rotated);
            if (age > limit) old.Add($"access key {number} ({age} days old)");
        }
        if (active == 0) return NotApplicable;
        return old.Count == 0
            ? Pass($"The active access keys of IAM user {user.Name} were rotated within {limit} days.")
            : Fail($"IAM user {user.Name} has active access keys older than {limit} days: {string.Join(", ", old)}.");
    }
}
