using Vigil.Core.Model.AutoScaling;
using Vigil.Core.Model.Ec2;

namespace Vigil.Access.Privesc;

/// <summary>A launch template of the snapshot as technique 48 sees it: the instance profile its default version names (null
/// when that version was not read), the roles that profile holds, and the Auto Scaling groups that launch it.</summary>
internal sealed record LaunchTemplateTarget(
    LaunchTemplate Template,
    string? ProfileArn,
    IReadOnlyList<string> RoleArns,
    IReadOnlyList<AutoScalingGroup> Groups)
{
    public bool DefaultVersionRead => Template.DefaultVersion is not null;
}
