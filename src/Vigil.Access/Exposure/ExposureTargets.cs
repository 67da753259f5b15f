namespace Vigil.Access.Exposure;

/// <summary>The resource policies the exposure analysis reads.</summary>
public static class ExposureTargets
{
    public static ExposureTarget S3Bucket { get; } = new("bucket policy", "s3", [new("bucket"), new("object", IsObject: true)], AcceptsAnonymous: true);

    public static ExposureTarget S3AccessPoint { get; } = new("access point policy", "s3",
        [new("accesspoint"), new("accesspointobject", IsObject: true)], AcceptsAnonymous: true, ObjectPrefix: "/object/");

    public static ExposureTarget KmsKey { get; } = new("key policy", "kms", [new("key")], AcceptsAnonymous: false);

    public static ExposureTarget SqsQueue { get; } = new("queue policy", "sqs", [new("queue")], AcceptsAnonymous: true);

    public static ExposureTarget SnsTopic { get; } = new("topic policy", "sns", [new("topic")], AcceptsAnonymous: false);

    public static ExposureTarget LambdaFunction { get; } = new("function policy", "lambda", [new("function")], AcceptsAnonymous: false);

    public static ExposureTarget LambdaLayerVersion { get; } = new("layer version policy", "lambda", [new("layerVersion")], AcceptsAnonymous: false);

    public static ExposureTarget EcrRepository { get; } = new("repository policy", "ecr", [new("repository")], AcceptsAnonymous: false);

    public static ExposureTarget Secret { get; } = new("secret policy", "secretsmanager", [new("Secret")], AcceptsAnonymous: false);

    public static ExposureTarget EfsFileSystem { get; } = new("file system policy", "elasticfilesystem", [new("file-system")], AcceptsAnonymous: true);

    public static ExposureTarget BackupVault { get; } = new("vault access policy", "backup", [new("backupVault")], AcceptsAnonymous: false);

    public static ExposureTarget RoleTrust { get; } = new("trust policy", "sts", [new("role")], AcceptsAnonymous: false, IsTrustPolicy: true);
}
