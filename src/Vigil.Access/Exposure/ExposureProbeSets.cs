using static Vigil.Access.Exposure.ExposureAccess;

namespace Vigil.Access.Exposure;

/// <summary>Representative actions per kind of resource policy: what reading, listing, writing and managing the
/// resource take. A policy that allows none of them to an outsider is treated as giving outsiders nothing.</summary>
public static class ExposureProbeSets
{
    public static ExposureProbeSet S3Bucket { get; } = new("s3-bucket", AcceptsAnonymous: true,
    [
        new("s3:GetObject", Read, OnObject: true),
        new("s3:ListBucket", List),
        new("s3:PutObject", Write, OnObject: true),
        new("s3:DeleteObject", Write, OnObject: true),
        new("s3:PutBucketPolicy", Management),
        new("s3:DeleteBucketPolicy", Management),
        new("s3:PutBucketAcl", Management),
        new("s3:PutObjectAcl", Management, OnObject: true),
        new("s3:PutEncryptionConfiguration", Management),
    ]);

    public static ExposureProbeSet KmsKey { get; } = new("kms-key", AcceptsAnonymous: false,
    [
        new("kms:Decrypt", Read),
        new("kms:DescribeKey", List),
        new("kms:Encrypt", Write),
        new("kms:GenerateDataKey", Write),
        new("kms:PutKeyPolicy", Management),
        new("kms:CreateGrant", Management),
        new("kms:ScheduleKeyDeletion", Management),
    ]);

    public static ExposureProbeSet SqsQueue { get; } = new("sqs-queue", AcceptsAnonymous: true,
    [
        new("sqs:ReceiveMessage", Read),
        new("sqs:GetQueueAttributes", List),
        new("sqs:SendMessage", Write),
        new("sqs:DeleteMessage", Write),
        new("sqs:PurgeQueue", Write),
        new("sqs:SetQueueAttributes", Management),
        new("sqs:AddPermission", Management),
    ]);

    public static ExposureProbeSet SnsTopic { get; } = new("sns-topic", AcceptsAnonymous: false,
    [
        new("sns:Subscribe", Read),
        new("sns:ListSubscriptionsByTopic", List),
        new("sns:GetTopicAttributes", List),
        new("sns:Publish", Write),
        new("sns:SetTopicAttributes", Management),
        new("sns:AddPermission", Management),
        new("sns:DeleteTopic", Management),
    ]);

    public static ExposureProbeSet LambdaFunction { get; } = new("lambda-function", AcceptsAnonymous: false,
    [
        new("lambda:GetFunction", Read),
        new("lambda:GetFunctionConfiguration", List),
        new("lambda:InvokeFunction", Write),
        new("lambda:UpdateFunctionCode", Write),
        new("lambda:AddPermission", Management),
        new("lambda:DeleteFunction", Management),
    ]);

    /// <summary>The catalog's actions on a layer version; a layer version policy can grant only lambda:GetLayerVersion
    /// (and lambda:ListLayerVersions, which acts on no resource), but the engine is asked about each.</summary>
    public static ExposureProbeSet LambdaLayerVersion { get; } = new("lambda-layer-version", AcceptsAnonymous: false,
    [
        new("lambda:GetLayerVersion", Read),
        new("lambda:GetLayerVersionPolicy", List),
        new("lambda:DeleteLayerVersion", Write),
        new("lambda:AddLayerVersionPermission", Management),
        new("lambda:RemoveLayerVersionPermission", Management),
    ]);

    public static ExposureProbeSet EcrRepository { get; } = new("ecr-repository", AcceptsAnonymous: false,
    [
        new("ecr:BatchGetImage", Read),
        new("ecr:GetDownloadUrlForLayer", Read),
        new("ecr:DescribeImages", List),
        new("ecr:ListImages", List),
        new("ecr:PutImage", Write),
        new("ecr:BatchDeleteImage", Write),
        new("ecr:SetRepositoryPolicy", Management),
        new("ecr:DeleteRepository", Management),
    ]);

    public static ExposureProbeSet Secret { get; } = new("secretsmanager-secret", AcceptsAnonymous: false,
    [
        new("secretsmanager:GetSecretValue", Read),
        new("secretsmanager:DescribeSecret", List),
        new("secretsmanager:PutSecretValue", Write),
        new("secretsmanager:PutResourcePolicy", Management),
        new("secretsmanager:DeleteSecret", Management),
    ]);

    public static ExposureProbeSet EfsFileSystem { get; } = new("efs-file-system", AcceptsAnonymous: true,
    [
        new("elasticfilesystem:ClientMount", Read),
        new("elasticfilesystem:DescribeMountTargets", List),
        new("elasticfilesystem:ClientWrite", Write),
        new("elasticfilesystem:ClientRootAccess", Management),
        new("elasticfilesystem:PutFileSystemPolicy", Management),
        new("elasticfilesystem:DeleteFileSystem", Management),
    ]);

    public static ExposureProbeSet BackupVault { get; } = new("backup-vault", AcceptsAnonymous: false,
    [
        new("backup:DescribeBackupVault", Read),
        new("backup:ListRecoveryPointsByBackupVault", List),
        new("backup:CopyIntoBackupVault", Write),
        new("backup:PutBackupVaultAccessPolicy", Management),
        new("backup:DeleteBackupVault", Management),
    ]);
}
