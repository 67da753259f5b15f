using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model.CloudFront;

namespace Vigil.Aws.Collectors.CloudFront;

/// <summary>A distribution from its ListDistributions summary. CloudFront wraps each list in {Quantity, Items}.</summary>
internal static class DistributionReader
{
    public static Distribution ToDistribution(CollectionTarget target, JsonNode summary)
    {
        var id = summary.Text("Id") ?? throw new InvalidDataException("ListDistributions returned a distribution without Id");
        var certificate = summary["ViewerCertificate"];
        return new Distribution
        {
            Arn = summary.Text("ARN") ?? $"arn:{target.Partition}:cloudfront::{target.AccountId}:distribution/{id}",
            Name = id,
            AccountId = target.AccountId,
            DistributionId = id,
            DomainName = summary.Text("DomainName"),
            Enabled = summary.Flag("Enabled") ?? false,
            ViewerProtocolPolicy = summary["DefaultCacheBehavior"].Text("ViewerProtocolPolicy")
                ?? throw new InvalidDataException($"ListDistributions returned distribution {id} without a default viewer protocol policy"),
            CacheBehaviorViewerProtocolPolicies = summary["CacheBehaviors"].TextsOf("Items", "ViewerProtocolPolicy"),
            WebAclId = summary.Text("WebACLId") is { Length: > 0 } acl ? acl : null,
            UsesDefaultCertificate = certificate.Flag("CloudFrontDefaultCertificate") ?? false,
            SslSupportMethod = certificate.Text("SSLSupportMethod"),
            MinimumProtocolVersion = certificate.Text("MinimumProtocolVersion"),
            Origins = [.. summary["Origins"].Items("Items").Select(ToOrigin)],
            HasOriginGroupWithFailover = summary["OriginGroups"].Items("Items").Any(g =>
                g["FailoverCriteria"]?["StatusCodes"].Integer("Quantity") > 0 && g["Members"].Integer("Quantity") >= 2),
        };
    }

    private static Origin ToOrigin(JsonNode origin)
    {
        var custom = origin["CustomOriginConfig"];
        return new Origin
        {
            Id = origin.Text("Id") ?? throw new InvalidDataException("ListDistributions returned an origin without Id"),
            DomainName = origin.Text("DomainName") ?? throw new InvalidDataException("ListDistributions returned an origin without DomainName"),
            IsS3 = origin["S3OriginConfig"] is not null,
            OriginAccessControlId = origin.Text("OriginAccessControlId") is { Length: > 0 } oac ? oac : null,
            OriginAccessIdentity = origin["S3OriginConfig"].Text("OriginAccessIdentity") is { Length: > 0 } oai ? oai : null,
            OriginProtocolPolicy = custom.Text("OriginProtocolPolicy"),
            OriginSslProtocols = custom?["OriginSslProtocols"].Texts("Items") ?? [],
        };
    }
}
