namespace Vigil.Core.Model.Iam;

/// <summary>An SSL/TLS certificate stored in IAM (not ACM).</summary>
public sealed record ServerCertificate : Resource
{
    public override string ResourceType => ResourceTypes.IamServerCertificate;

    public DateTimeOffset? Expiration { get; init; }
    public DateTimeOffset? UploadDate { get; init; }
}
