namespace Vigil.Access.Tests.Privesc;

/// <summary>The estate under construction with the attacker's policy document and boundary, for <see cref="TechniqueCase"/>.</summary>
public sealed class TestEstateHandle
{
    internal TestEstateHandle(TestEstate estate, string policy, string? boundary)
    {
        Estate = estate;
        Policy = policy;
        Boundary = boundary;
    }

    internal TestEstate Estate { get; }

    public string Policy { get; }

    public string? Boundary { get; }

    internal TestEstateHandle With(Func<TestEstate, TestEstate> change)
    {
        change(Estate);
        return this;
    }

    internal TestEstateHandle AttackerUser(string[]? groups = null) => With(e => e.User("attacker", Policy, groups: groups, boundary: Boundary));

    internal TestEstateHandle AttackerRole() => With(e => e.Role("attacker", Doc.Trust("ec2.amazonaws.com"), Policy, boundary: Boundary));
}
