using System.Text.Json.Nodes;
using Vigil.Core.Model;
using Vigil.Core.Model.CloudFront;
using Vigil.Importers.Detection;

namespace Vigil.Importers.AwsConfig.Mappers;

/// <summary>AWS::CloudFront::Distribution: GetDistribution's distribution and its distributionConfig. Whether an S3
/// origin's bucket exists is known when the bucket is in the export; otherwise it is not determined.</summary>
internal sealed class DistributionItems : IConfigItemMapper
{
    public string ResourceType => ResourceTypes.CloudFrontDistribution;

    public void Map(ConfigItem item, ConfigImport import)
    {
        var c = item.Configuration;
        var config = c.Object("distributionConfig") ?? c;
        var id = c.Text("id") ?? item.ResourceId;
        var certificate = config.Object("viewerCertificate");
        var origins = config.Object("origins").Items("items").Select(Origin).ToList();
        var buckets = origins.Select(o => o.BucketName).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var known = import.OfType(ResourceTypes.S3Bucket).Select(b => b.Configuration.Text("name") ?? b.Name).ToHashSet(StringComparer.Ordinal);
        var distribution = new Distribution
        {
            Arn = c.Text("arn") ?? item.Arn ?? $"arn:aws:cloudfront::{item.AccountId}:distribution/{id}",
            Name = id,
            AccountId = item.AccountId,
            Tags = item.Tags,
            DistributionId = id,
            DomainName = c.Text("domainName"),
            Enabled = config.Flag("enabled") == true,
            DefaultRootObject = config.Text("defaultRootObject") is { Length: > 0 } root ? root : null,
            ViewerProtocolPolicy = config.Object("defaultCacheBehavior").Text("viewerProtocolPolicy") ?? "allow-all",
            CacheBehaviorViewerProtocolPolicies = [.. config.Object("cacheBehaviors").Items("items").Select(b => b.Text("viewerProtocolPolicy")).OfType<string>()],
            LoggingEnabled = config.Object("logging").Flag("enabled") == true,
            WebAclId = config.Text("webACLId") is { Length: > 0 } acl ? acl : null,
            UsesDefaultCertificate = certificate.Flag("cloudFrontDefaultCertificate") == true,
            SslSupportMethod = certificate.Text("sSLSupportMethod"),
            MinimumProtocolVersion = certificate.Text("minimumProtocolVersion"),
            Origins = origins,
            HasOriginGroupWithFailover = config.Object("originGroups").Items("items").Any(g =>
                g.Object("failoverCriteria").Object("statusCodes").Number("quantity") > 0 && g.Object("members").Number("quantity") >= 2),
            MissingOriginBuckets = buckets.All(known.Contains) ? [] : null,
        };
        var missing = new MissingProperties("cloudfront", ResourceType)
            .AddIf(distribution.MissingOriginBuckets is null, nameof(Distribution.MissingOriginBuckets), "HeadBucket",
                "an S3 origin's bucket is not in the export, so whether it exists is unknown");
        import.Add(import.Missing(distribution, missing.List));
    }

    private static Origin Origin(JsonNode origin)
    {
        var custom = origin.Object("customOriginConfig");
        var s3 = origin.Object("s3OriginConfig");
        return new Origin
        {
            Id = origin.Text("id") ?? "",
            DomainName = origin.Text("domainName") ?? "",
            IsS3 = s3 is not null,
            OriginAccessControlId = origin.Text("originAccessControlId") is { Length: > 0 } oac ? oac : null,
            OriginAccessIdentity = s3.Text("originAccessIdentity") is { Length: > 0 } oai ? oai : null,
            OriginProtocolPolicy = custom.Text("originProtocolPolicy"),
            OriginSslProtocols = custom.Object("originSslProtocols").Texts("items"),
        };
    }
}
