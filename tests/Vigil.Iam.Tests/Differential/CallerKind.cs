namespace Vigil.Iam.Tests.Differential;

/// <summary>The kinds of caller the simulate request format can express.</summary>
internal enum CallerKind
{
    User,
    RoleSession,
    FederatedUser,
    Root,
    Role,
    ServiceLinkedRoleSession,
    Service,
    Anonymous,
}
