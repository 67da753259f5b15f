namespace Vigil.Iam.Evaluation;

internal enum PrincipalKind
{
    Anonymous,
    Service,
    AccountRoot,
    User,
    Role,
    RoleSession,
    FederatedUser,
    Other,
}
