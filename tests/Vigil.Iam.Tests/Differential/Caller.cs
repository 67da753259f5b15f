namespace Vigil.Iam.Tests.Differential;

/// <summary>The principal of a generated request, with the account it belongs to (null for service principals and anonymous callers).</summary>
internal sealed record Caller(CallerKind Kind, string Principal, string? Account, string Name)
{
    public bool HasIdentityPolicies => Kind is CallerKind.User or CallerKind.RoleSession or CallerKind.FederatedUser or CallerKind.Role
        or CallerKind.ServiceLinkedRoleSession;

    public bool CanHaveSessionPolicy => Kind is CallerKind.RoleSession or CallerKind.FederatedUser;

    public bool CanHaveBoundary => Kind is CallerKind.User or CallerKind.RoleSession or CallerKind.FederatedUser or CallerKind.Role;

    /// <summary>SCPs restrict the IAM principals of member accounts (not service principals or anonymous callers).</summary>
    public bool InOrganizationAccount => Account is not null;

    public static Caller Create(CallerKind kind, string account) => kind switch
    {
        CallerKind.User => new(kind, $"arn:aws:iam::{account}:user/alice", account, "alice"),
        CallerKind.RoleSession => new(kind, $"arn:aws:sts::{account}:assumed-role/app/s1", account, "s1"),
        CallerKind.FederatedUser => new(kind, $"arn:aws:sts::{account}:federated-user/carol", account, "carol"),
        CallerKind.Root => new(kind, $"arn:aws:iam::{account}:root", account, "root"),
        CallerKind.Role => new(kind, $"arn:aws:iam::{account}:role/app", account, "app"),
        CallerKind.ServiceLinkedRoleSession => new(kind, $"arn:aws:sts::{account}:assumed-role/AWSServiceRoleForSupport/s2", account, "s2"),
        CallerKind.Service => new(kind, "lambda.amazonaws.com", null, "lambda"),
        _ => new(kind, "anonymous", null, "anonymous"),
    };
}
