namespace Vigil.Iam.Policies;

/// <summary>How a resource-policy statement names the caller (IAM User Guide, principal-type rules): ordered weakest first.</summary>
internal enum PrincipalLevel
{
    None,
    Account,
    Role,
    Direct,
}
