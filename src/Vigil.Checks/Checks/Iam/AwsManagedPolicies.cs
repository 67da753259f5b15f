using Vigil.Core.Model.Iam;

namespace Vigil.Checks.Checks.Iam;

/// <summary>Recognises AWS managed policies by attachment (ARN arn:PARTITION:iam::aws:policy/[PATH/]NAME), never by their text.</summary>
internal static class AwsManagedPolicies
{
    public const string SupportAccess = "AWSSupportAccess";
    public const string CloudShellFullAccess = "AWSCloudShellFullAccess";

    public static bool IsAwsManaged(AttachedPolicy policy, string name) =>
        policy.PolicyArn.Contains(":iam::aws:policy/", StringComparison.Ordinal) &&
        policy.PolicyArn.EndsWith("/" + name, StringComparison.Ordinal);
}
