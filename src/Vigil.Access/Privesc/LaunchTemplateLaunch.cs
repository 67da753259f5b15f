namespace Vigil.Access.Privesc;

/// <summary>How a new launch template version gets launched without the attacker passing a role: the permissions used
/// (ec2:CreateLaunchTemplateVersion, and ec2:ModifyLaunchTemplate when the group launches $Default) and which Auto Scaling
/// group launches it.</summary>
internal sealed record LaunchTemplateLaunch(IReadOnlyList<GrantedPermission> Permissions, string Detail);
