using Vigil.Iam;

namespace Vigil.Access.Privesc;

/// <summary>Administrative access: the engine allows every probe (with the principal's identity policies, boundary, SCPs and
/// its account's RCPs, in the attacker's context) on resources of the principal's account: IAM user and role changes,
/// access key creation, EC2 launch, S3 bucket policy, Lambda code, DynamoDB table deletion, Secrets Manager reads and an
/// action of a service that does not exist, which only "*" or a NotAction grant covers.</summary>
internal static class AdminProbe
{
    public static readonly Policy AdministratorAccess = Policy.Parse(
        """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""",
        AdministratorAccessArn);

    public const string AdministratorAccessArn = "arn:aws:iam::aws:policy/AdministratorAccess";

    private static readonly ActionOn[] Probes =
    [
        new("iam:CreateUser", "arn:aws:iam::{account}:user/vigil-admin-probe"),
        new("iam:PutRolePolicy", "arn:aws:iam::{account}:role/vigil-admin-probe"),
        new("iam:CreateAccessKey", "arn:aws:iam::{account}:user/vigil-admin-probe"),
        new("ec2:RunInstances", "arn:aws:ec2:{region}:{account}:instance/*"),
        new("s3:PutBucketPolicy", "arn:aws:s3:::vigil-admin-probe"),
        new("lambda:UpdateFunctionCode", "arn:aws:lambda:{region}:{account}:function:vigil-admin-probe"),
        new("dynamodb:DeleteTable", "arn:aws:dynamodb:{region}:{account}:table/vigil-admin-probe"),
        new("secretsmanager:GetSecretValue", "arn:aws:secretsmanager:{region}:{account}:secret:vigil-admin-probe"),
        new("vigilprobe:Probe", "*"),
    ];

    /// <summary>The probe actions, listed in the documentation.</summary>
    public static IReadOnlyList<string> ProbeActions { get; } = [.. Probes.Select(p => p.Action)];

    public static bool IsAdmin(PermissionProbe probe, Actor actor, PolicySet policies, string region)
    {
        if (ReferenceEquals(policies.Identity, actor.Policies.IdentityPolicies) && !actor.Prefilter.MayAllowAll(ProbeActions)) return false;
        foreach (var (action, resource) in Probes)
        {
            var arn = resource.Replace("{region}", region, StringComparison.Ordinal).Replace("{account}", actor.AccountId, StringComparison.Ordinal);
            if (probe.Allowed(actor, action, arn, actor.AccountId, policies: policies) is null) return false;
        }
        return true;
    }
}
