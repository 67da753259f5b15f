using System.Text.Json;
using Vigil.Core.Model.CloudFront;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>aws_cloudfront_distribution. An origin whose domain name is a planned bucket's (regional) domain name is that
/// bucket's S3 origin; whether the buckets of other S3 origins exist is not in a plan.</summary>
internal sealed class CloudFrontDistributionMapper : IResourceMapper
{
    public string Type => "aws_cloudfront_distribution";

    public void Map(PlanInstance instance, MappingContext context)
    {
        var identity = context.Identity(instance);
        var unknowns = new Unknowns();
        var origins = context.Read(instance, "origin");
        unknowns.Track("Origins", origins);
        var mapped = origins.Items.Select((origin, i) => Origin(instance, origin, i, context)).ToList();
        var allPlanned = mapped.All(m => m.PlannedBucket || !m.Origin.IsS3);
        if (!allPlanned) unknowns.Add("MissingOriginBuckets", "whether the buckets of S3 origins outside the plan exist is not in the plan.");
        var certificate = context.Read(instance, "viewer_certificate[0].cloudfront_default_certificate");
        var webAcl = context.Read(instance, "web_acl_id");
        unknowns.Track("WebAclId", webAcl);
        context.Add(new Distribution
        {
            Arn = identity.Arn,
            Name = identity.Name,
            AccountId = context.AccountId,
            Tags = context.Tags(instance),
            Location = context.Location(instance),
            DistributionId = identity.Id,
            Enabled = context.Read(instance, "enabled").Bool ?? true,
            DefaultRootObject = context.Read(instance, "default_root_object").String,
            ViewerProtocolPolicy = context.Read(instance, "default_cache_behavior[0].viewer_protocol_policy").String ?? "allow-all",
            CacheBehaviorViewerProtocolPolicies = context.Read(instance, "ordered_cache_behavior").Items
                .Select(b => JsonFields.Text(b, "viewer_protocol_policy")).OfType<string>().ToList(),
            LoggingEnabled = context.Read(instance, "logging_config").Items.Count > 0,
            WebAclId = context.Text(webAcl),
            UsesDefaultCertificate = certificate.Bool ?? false,
            SslSupportMethod = context.Read(instance, "viewer_certificate[0].ssl_support_method").String,
            MinimumProtocolVersion = context.Read(instance, "viewer_certificate[0].minimum_protocol_version").String,
            Origins = mapped.Select(m => m.Origin).ToList(),
            HasOriginGroupWithFailover = context.Read(instance, "origin_group").Items.Count > 0,
            MissingOriginBuckets = allPlanned ? [] : null,
        }, unknowns);
    }

    private static (Origin Origin, bool PlannedBucket) Origin(PlanInstance distribution, JsonElement origin, int index, MappingContext context)
    {
        var domain = context.Read(distribution, $"origin[{index}].domain_name");
        var bucket = domain.Referenced is { Type: "aws_s3_bucket" } planned ? planned : null;
        var name = bucket is not null
            ? $"{context.Identity(bucket).Name}.s3.{context.Region(bucket)}.amazonaws.com"
            : domain.String ?? $"(domain of {distribution.Address} origin {index})";
        var custom = JsonFields.First(origin, "custom_origin_config");
        return (new Origin
        {
            Id = JsonFields.Text(origin, "origin_id") ?? index.ToString(System.Globalization.CultureInfo.InvariantCulture),
            DomainName = name,
            IsS3 = bucket is not null || JsonFields.First(origin, "s3_origin_config") is not null || name.Contains(".s3.", StringComparison.Ordinal),
            OriginAccessControlId = context.IdText(context.Read(distribution, $"origin[{index}].origin_access_control_id")),
            OriginAccessIdentity = JsonFields.First(origin, "s3_origin_config") is { } s3 ? JsonFields.Text(s3, "origin_access_identity") : null,
            OriginProtocolPolicy = custom is { } c ? JsonFields.Text(c, "origin_protocol_policy") : null,
            OriginSslProtocols = custom is { } p ? JsonFields.Strings(p, "origin_ssl_protocols") : [],
        }, bucket is not null);
    }
}
