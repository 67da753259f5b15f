namespace Vigil.Core.Model.Account;

public sealed record AlternateContact
{
    public string? Name { get; init; }
    public string? Title { get; init; }
    public string? EmailAddress { get; init; }
    public string? PhoneNumber { get; init; }
}
