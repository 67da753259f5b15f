namespace Vigil.Access.Tests.Privesc;

/// <summary>One technique as a fixture: the attacker ("attacker", a user unless <see cref="AttackerIsRole"/>) gets
/// <see cref="Actions"/> through the policy document the test passes to <see cref="Setup"/> (with the permissions boundary
/// ARN, if any); <see cref="KeyAction"/> is the permission the blocking variants take away.</summary>
public sealed record TechniqueCase(
    string Technique,
    string KeyAction,
    string[] Actions,
    Func<TestEstateHandle, TestEstateHandle> Setup,
    bool AttackerIsRole = false,
    bool AssumeUncollected = false)
{
    public override string ToString() => Technique;
}
