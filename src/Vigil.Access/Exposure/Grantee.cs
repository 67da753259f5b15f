namespace Vigil.Access.Exposure;

/// <summary>Who a resource policy lets in from outside the trusted accounts.</summary>
public enum Grantee
{
    /// <summary>Unauthenticated callers.</summary>
    Anyone,
    /// <summary>A principal of any AWS account, with no condition that a stranger fails.</summary>
    AnyAwsAccount,
    /// <summary>A specific account that the policy names and that is neither one of the snapshot's accounts nor a trusted one.</summary>
    ForeignAccount,
    /// <summary>Any account of an organization that the policy names (aws:PrincipalOrgID) and that is not the estate's.</summary>
    ForeignOrganization,
}
