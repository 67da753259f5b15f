namespace Vigil.Access.WhoCan;

/// <summary>The kinds of principal a who-can answer lists, as they appear in its JSON.</summary>
public static class WhoCanPrincipalType
{
    public const string User = "user";
    public const string Role = "role";

    /// <summary>An account named by a resource policy: any principal of it whose own policies allow.</summary>
    public const string Account = "account";

    /// <summary>A user, role or session ARN a resource policy names that is not in the input.</summary>
    public const string NamedPrincipal = "named-principal";

    public const string Service = "service";
    public const string Federated = "federated";
    public const string CanonicalUser = "canonical-user";

    /// <summary>Any principal of any AWS account (a "*" principal, or a NotPrincipal).</summary>
    public const string AnyAwsAccount = "any-aws-account";

    /// <summary>Unauthenticated callers (public access).</summary>
    public const string Anonymous = "anonymous";
}
