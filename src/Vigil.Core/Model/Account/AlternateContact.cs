namespace Vigil.Core.Model.Account;

/// <summary>An alternate contact of the account. A contact type that is not registered (GetAlternateContact answers
/// ResourceNotFoundException) is recorded as <see cref="NotRegistered"/>; a null contact on the account means not collected.</summary>
public sealed record AlternateContact
{
    public string? Name { get; init; }
    public string? Title { get; init; }
    public string? EmailAddress { get; init; }
    public string? PhoneNumber { get; init; }

    public bool IsRegistered => !string.IsNullOrWhiteSpace(EmailAddress);

    public static AlternateContact NotRegistered { get; } = new();
}
