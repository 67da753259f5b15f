namespace Vigil.Core.Model.Iam;

public sealed record MfaDevice
{
    public required string SerialNumber { get; init; }
    public bool IsVirtual { get; init; }
    public DateTimeOffset? EnableDate { get; init; }
}
