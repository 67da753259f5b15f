namespace Vigil.Aws.Collectors.S3;

internal static class BucketRegions
{
    /// <summary>GetBucketLocation's answer as a region: empty means us-east-1, and the legacy "EU" means eu-west-1.</summary>
    public static string FromLocationConstraint(string? constraint) => constraint switch
    {
        null or "" => "us-east-1",
        "EU" => "eu-west-1",
        _ => constraint,
    };
}
