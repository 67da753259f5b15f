namespace Vigil.Access.Privesc;

/// <summary>Every action some technique needs; a principal whose policies name none of them cannot take a step itself,
/// so reaching it only matters when it is an administrator or the one reaching it can make it one.</summary>
internal static class TechniqueActions
{
    public static readonly IReadOnlyList<string> All =
    [
        .. AdminGrants.Actions,
        "iam:CreateRole", "iam:CreateAccessKey", "iam:CreateLoginProfile", "iam:UpdateLoginProfile", "iam:UpdateAssumeRolePolicy",
        "sts:AssumeRole", "iam:PassRole",
        "lambda:UpdateFunctionCode", "lambda:UpdateFunctionConfiguration",
        "ssm:SendCommand", "ssm:StartSession", "ec2-instance-connect:SendSSHPublicKey", "ec2:ModifyInstanceAttribute",
        "ec2:CreateLaunchTemplateVersion",
        .. TechniqueTable.Uncollected.SelectMany(t => t.Alternatives).SelectMany(a => a).Select(a => a.Action).Distinct(StringComparer.Ordinal),
    ];
}
