namespace Vigil.Core.Model.CloudFront;

/// <summary>The bucket an S3 origin's domain name addresses.</summary>
public static class S3OriginBucket
{
    /// <summary>"media.example.s3.eu-west-1.amazonaws.com" → "media.example"; null when the name is no S3 bucket
    /// endpoint (bucket names may contain dots, so the last ".s3." or ".s3-" starts the endpoint).</summary>
    public static string? FromDomainName(string domainName)
    {
        ArgumentNullException.ThrowIfNull(domainName);
        var end = Math.Max(
            domainName.LastIndexOf(".s3.", StringComparison.OrdinalIgnoreCase),
            domainName.LastIndexOf(".s3-", StringComparison.OrdinalIgnoreCase));
        return end > 0 ? domainName[..end] : null;
    }
}
