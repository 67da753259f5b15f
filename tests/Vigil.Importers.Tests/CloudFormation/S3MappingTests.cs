using Vigil.Core.Model.S3;

namespace Vigil.Importers.Tests.CloudFormation;

public sealed class S3MappingTests
{
    [Fact]
    public void Bucket_WithNothingDeclared_HasTheDefaultsOfANewBucket()
    {
        var bucket = Assert.Single(TemplateImport.Text("Resources:\n  Data:\n    Type: AWS::S3::Bucket\n").S3Buckets);
        Assert.Equal("arn:aws:s3:::Data", bucket.Arn);
        Assert.Equal("us-east-1", bucket.Region);
        Assert.True(bucket.PublicAccessBlock!.AllEnabled);
        Assert.Equal("BucketOwnerEnforced", bucket.ObjectOwnership);
        Assert.Equal("AES256", bucket.Encryption!.Algorithm);
        Assert.Null(bucket.Versioning);
        Assert.Null(bucket.Logging);
        Assert.Null(bucket.Policy);
    }

    [Fact]
    public void Bucket_WithAPartialPublicAccessBlock_LeavesUnnamedSwitchesOff()
    {
        var bucket = Assert.Single(TemplateImport.Text("Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n").S3Buckets);
        Assert.Equal(new PublicAccessBlock { BlockPublicAcls = true }, bucket.PublicAccessBlock);
    }

    [Fact]
    public void Bucket_WithKmsEncryptionFromAKeyOfTheTemplate_RecordsTheKeyArn()
    {
        var snapshot = TemplateImport.Text("""
            Resources:
              Key:
                Type: AWS::KMS::Key
              Data:
                Type: AWS::S3::Bucket
                Properties:
                  BucketEncryption:
                    ServerSideEncryptionConfiguration:
                      - ServerSideEncryptionByDefault:
                          SSEAlgorithm: aws:kms
                          KMSMasterKeyID: !GetAtt Key.Arn
            """);
        var encryption = Assert.Single(snapshot.S3Buckets).Encryption!;
        Assert.True(encryption.UsesKms);
        Assert.Equal(Assert.Single(snapshot.KmsKeys).Arn, encryption.KmsKeyId);
    }

    [Fact]
    public void Bucket_WithPublicReadAcl_GrantsAllUsersRead()
    {
        var bucket = Assert.Single(TemplateImport.Text("Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n").S3Buckets);
        Assert.Contains(bucket.AclGrants, g => g.IsPublic && g.Permission == "READ");
    }

    [Fact]
    public void BucketPolicy_BecomesThePolicyOfItsBucket()
    {
        var snapshot = TemplateImport.Text("""
            Resources:
              Site:
                Type: AWS::S3::Bucket
                Properties:
                  BucketName: site
              SitePolicy:
                Type: AWS::S3::BucketPolicy
                Properties:
                  Bucket: !Ref Site
                  PolicyDocument:
                    Version: '2012-10-17'
                    Statement:
                      - Effect: Allow
                        Principal: '*'
                        Action: s3:GetObject
                        Resource: !Sub '${Site.Arn}/*'
            """);
        Assert.Equal("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::site/*"}]}""",
            Assert.Single(snapshot.S3Buckets).Policy);
    }

    [Fact]
    public void BucketPolicy_ForABucketOutsideTheTemplate_IsIgnored()
    {
        var snapshot = TemplateImport.Text("Resources:\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: existing-bucket\n      PolicyDocument: {Statement: []}\n");
        Assert.Empty(snapshot.S3Buckets);
    }

    [Fact]
    public void Logging_WithoutDestination_LogsToTheBucketItself()
    {
        var bucket = Assert.Single(TemplateImport.Text("Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: data\n      LoggingConfiguration:\n        LogFilePrefix: self/\n").S3Buckets);
        Assert.Equal(new BucketLogging("data", "self/"), bucket.Logging);
    }
}
