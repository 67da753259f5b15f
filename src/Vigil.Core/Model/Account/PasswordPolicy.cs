namespace Vigil.Core.Model.Account;

/// <summary>The account's IAM password policy. An account without a custom policy (GetAccountPasswordPolicy
/// answers NoSuchEntity) is recorded as <see cref="NotConfigured"/>; a null policy on the account means not collected.</summary>
public sealed record PasswordPolicy
{
    /// <summary>True when the account has no custom password policy (AWS's built-in defaults apply); the other
    /// properties are then meaningless.</summary>
    public bool Absent { get; init; }
    public int MinimumPasswordLength { get; init; }
    public bool RequireSymbols { get; init; }
    public bool RequireNumbers { get; init; }
    public bool RequireUppercaseCharacters { get; init; }
    public bool RequireLowercaseCharacters { get; init; }
    public bool AllowUsersToChangePassword { get; init; }
    public int? MaxPasswordAge { get; init; }
    public int? PasswordReusePrevention { get; init; }
    public bool HardExpiry { get; init; }

    public static PasswordPolicy NotConfigured { get; } = new() { Absent = true };
}
