namespace Vigil.Iam.Evaluation;

/// <summary>What a request's principal string says about the caller: its kind, account and (for role sessions) its role.</summary>
internal sealed record PrincipalInfo(PrincipalKind Kind, string Value, string? Account, string? RoleKey, bool IsServiceLinkedRole)
{
    private static readonly BoundedCache<PrincipalInfo> Cache = new(65_536);

    public static PrincipalInfo Anonymous { get; } = Parse("anonymous");

    public bool IsSession => Kind is PrincipalKind.RoleSession or PrincipalKind.FederatedUser;

    /// <summary>The parsed principal, shared by every request that names it.</summary>
    public static PrincipalInfo Of(string principal) => Cache.Get(principal, Parse);

    public static PrincipalInfo Parse(string principal)
    {
        if (principal.Length == 0 || principal == "anonymous" || principal == "*") return new(PrincipalKind.Anonymous, principal, null, null, false);
        if (!principal.StartsWith("arn:", StringComparison.Ordinal))
        {
            return principal.Contains('.', StringComparison.Ordinal)
                ? new(PrincipalKind.Service, principal, null, null, false)
                : new(PrincipalKind.Other, principal, Arn.IsAccountId(principal) ? principal : null, null, false);
        }

        var service = Arn.Field(principal, 2);
        var account = Arn.Field(principal, 4);
        var resource = Arn.Field(principal, 5);
        if (account.Length == 0) return new(PrincipalKind.Other, principal, null, null, false);
        var accountText = account.ToString();
        if (service.SequenceEqual("iam"))
        {
            if (resource.SequenceEqual("root")) return new(PrincipalKind.AccountRoot, principal, accountText, null, false);
            if (resource.StartsWith("user/")) return new(PrincipalKind.User, principal, accountText, null, false);
            if (resource.StartsWith("role/"))
            {
                var name = LastSegment(resource);
                var linked = resource.StartsWith("role/aws-service-role/") || name.StartsWith("AWSServiceRoleFor");
                return new(PrincipalKind.Role, principal, accountText, RoleKeyOf(account, name), linked);
            }
        }
        else if (service.SequenceEqual("sts"))
        {
            if (resource.StartsWith("assumed-role/"))
            {
                var rest = resource["assumed-role/".Length..];
                var slash = rest.IndexOf('/');
                var role = slash < 0 ? rest : rest[..slash];
                return new(PrincipalKind.RoleSession, principal, accountText, RoleKeyOf(account, role), role.StartsWith("AWSServiceRoleFor"));
            }

            if (resource.StartsWith("federated-user/")) return new(PrincipalKind.FederatedUser, principal, accountText, null, false);
        }

        return new(PrincipalKind.Other, principal, accountText, null, false);
    }

    internal static string RoleKeyOf(ReadOnlySpan<char> account, ReadOnlySpan<char> roleName) => string.Concat(account, ":", roleName);

    internal static ReadOnlySpan<char> LastSegment(ReadOnlySpan<char> resource)
    {
        var slash = resource.LastIndexOf('/');
        return slash < 0 ? resource : resource[(slash + 1)..];
    }
}
