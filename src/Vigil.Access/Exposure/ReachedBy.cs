namespace Vigil.Access.Exposure;

/// <summary>The kind of party a grant reaches.</summary>
public enum ReachedBy
{
    /// <summary>Unauthenticated callers.</summary>
    Anyone,
    /// <summary>Any principal of any AWS account (possibly narrowed by the reported conditions).</summary>
    AnyAwsPrincipal,
    /// <summary>A named account, or principals of it.</summary>
    Account,
    /// <summary>Users of an identity provider (SAML, OIDC, Cognito, web identity).</summary>
    Federated,
    /// <summary>An AWS service acting on behalf of another account's resources.</summary>
    Service,
}
