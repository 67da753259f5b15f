using Vigil.Core.Model.S3;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>A bucket's default encryption from aws_s3_bucket_server_side_encryption_configuration or the legacy
/// server_side_encryption_configuration block; without either, SSE-S3, which S3 applies to every new bucket
/// (https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html).</summary>
internal static class S3BucketEncryptionReader
{
    private const string Rule = "rule[0].apply_server_side_encryption_by_default[0]";

    public static BucketEncryption? Read(PlanInstance bucket, MappingContext context, Unknowns unknowns)
    {
        var configuration = context.Joined(bucket, "aws_s3_bucket_server_side_encryption_configuration", "bucket").FirstOrDefault();
        if (configuration is not null) return FromRule(configuration, "", context, unknowns);
        var legacy = context.Read(bucket, "server_side_encryption_configuration[0]." + Rule + ".sse_algorithm");
        if (legacy.IsKnown) return FromRule(bucket, "server_side_encryption_configuration[0].", context, unknowns);
        return new BucketEncryption { Algorithm = "AES256" };
    }

    private static BucketEncryption? FromRule(PlanInstance source, string prefix, MappingContext context, Unknowns unknowns)
    {
        var algorithm = context.Read(source, prefix + Rule + ".sse_algorithm");
        var key = context.Read(source, prefix + Rule + ".kms_master_key_id");
        var bucketKey = context.Read(source, prefix + "rule[0].bucket_key_enabled");
        if (unknowns.Track("Encryption", algorithm) | unknowns.Track("Encryption", key)) return null;
        return new BucketEncryption
        {
            Algorithm = algorithm.String ?? "AES256",
            KmsKeyId = context.Text(key),
            BucketKeyEnabled = bucketKey.Bool ?? false,
        };
    }
}
