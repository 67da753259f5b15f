using Vigil.Core.Model.CloudFront;
using Vigil.Core.Model.S3;
using Vigil.Importers.CloudFormation.Mapping;
using Vigil.Importers.CloudFormation.Resolution;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::CloudFront::Distribution from its DistributionConfig. Without a ViewerCertificate the distribution
/// uses the default *.cloudfront.net certificate. Whether an S3 origin's bucket exists is known only for buckets the
/// template declares; an origin bucket declared elsewhere makes MissingOriginBuckets unknown.</summary>
internal sealed class CloudFrontDistributionMapper : IResourceMapper
{
    public string Type => "AWS::CloudFront::Distribution";

    public void Map(MappedResource r, MappingContext context)
    {
        r.Known("Origins", "DistributionConfig.Origins");
        var origins = Items(r.Value("DistributionConfig.Origins")).Select(Origin).ToList();
        context.Add(new Distribution
        {
            Arn = r.Arn,
            Name = r.Name,
            AccountId = r.Account,
            Tags = r.Tags(),
            DistributionId = r.Identity.Ref,
            DomainName = $"d{Identity.SyntheticIds.Hex(r.Arn, 13)}.cloudfront.net",
            Enabled = r.Bool("Enabled", "DistributionConfig.Enabled") ?? false,
            DefaultRootObject = r.String("DefaultRootObject", "DistributionConfig.DefaultRootObject"),
            ViewerProtocolPolicy = r.String("ViewerProtocolPolicy", "DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy") ?? "allow-all",
            CacheBehaviorViewerProtocolPolicies = r.Known("CacheBehaviorViewerProtocolPolicies", "DistributionConfig.CacheBehaviors")
                ? Items(r.Value("DistributionConfig.CacheBehaviors")).Select(b => (b["ViewerProtocolPolicy"] as CfnString)?.Value ?? "allow-all").ToList()
                : [],
            LoggingEnabled = r.Known("LoggingEnabled", "DistributionConfig.Logging") && r.Value("DistributionConfig.Logging.Bucket") is not null,
            WebAclId = r.String("WebAclId", "DistributionConfig.WebACLId"),
            UsesDefaultCertificate = r.Known("UsesDefaultCertificate", "DistributionConfig.ViewerCertificate")
                && (r.Value("DistributionConfig.ViewerCertificate") is null || r.Value("DistributionConfig.ViewerCertificate.CloudFrontDefaultCertificate") is CfnString { Value: "true" }),
            SslSupportMethod = r.String("SslSupportMethod", "DistributionConfig.ViewerCertificate.SslSupportMethod"),
            MinimumProtocolVersion = r.String("MinimumProtocolVersion", "DistributionConfig.ViewerCertificate.MinimumProtocolVersion"),
            Origins = origins,
            HasOriginGroupWithFailover = r.Known("HasOriginGroupWithFailover", "DistributionConfig.OriginGroups")
                && Items(r.Value("DistributionConfig.OriginGroups.Items")).Any(g => g["FailoverCriteria"] is not null),
            MissingOriginBuckets = MissingBuckets(r, context, origins),
        }, r);
    }

    private static Origin Origin(CfnMap origin)
    {
        var domain = (origin["DomainName"] as CfnString)?.Value ?? "";
        return new Origin
        {
            Id = (origin["Id"] as CfnString)?.Value ?? "",
            DomainName = domain,
            IsS3 = origin["S3OriginConfig"] is not null || S3OriginBucket.FromDomainName(domain) is not null && origin["CustomOriginConfig"] is null,
            OriginAccessControlId = (origin["OriginAccessControlId"] as CfnString)?.Value,
            OriginAccessIdentity = (MappedResource.PathIn(origin, "S3OriginConfig.OriginAccessIdentity") as CfnString)?.Value is { Length: > 0 } oai ? oai : null,
            OriginProtocolPolicy = (MappedResource.PathIn(origin, "CustomOriginConfig.OriginProtocolPolicy") as CfnString)?.Value,
            OriginSslProtocols = MappedResource.StringsOf(MappedResource.PathIn(origin, "CustomOriginConfig.OriginSSLProtocols")),
        };
    }

    private static List<string>? MissingBuckets(MappedResource r, MappingContext context, List<Origin> origins)
    {
        foreach (var bucket in origins.Select(o => o.BucketName).OfType<string>())
        {
            if (context.StackResources.Any(s => s.Declaration.Type == "AWS::S3::Bucket" && context.IdentityOf(s.Declaration).Name == bucket)) continue;
            r.MarkUnknown("MissingOriginBuckets", $"whether the origin bucket {bucket}, which the template does not declare, exists is known only at deployment");
            return null;
        }
        return [];
    }

    private static IEnumerable<CfnMap> Items(CfnValue? value) => value is CfnList list ? list.Items.OfType<CfnMap>() : [];
}
