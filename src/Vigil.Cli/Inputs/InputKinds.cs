namespace Vigil.Cli.Inputs;

internal static class InputKinds
{
    public const string Snapshot = "snapshot";
    public const string CloudFormation = "cloudformation";
    public const string TerraformPlan = "terraform-plan";
    public const string IamAuthorizationDetails = "iam-authorization-details";
    public const string AwsConfig = "aws-config";

    public static IReadOnlyList<string> All { get; } = [Snapshot, CloudFormation, TerraformPlan, IamAuthorizationDetails, AwsConfig];
}
