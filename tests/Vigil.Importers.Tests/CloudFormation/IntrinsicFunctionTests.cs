using Vigil.Core.Model;

namespace Vigil.Importers.Tests.CloudFormation;

public sealed class IntrinsicFunctionTests
{
    private static string BucketName(string expression, string extra = "")
    {
        var snapshot = TemplateImport.Text($"{extra}Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: {expression}\n");
        return Assert.Single(snapshot.S3Buckets).Name;
    }

    [Fact]
    public void Sub_ReplacesPseudoParametersWithTheImportOptions() =>
        Assert.Equal("logs-000000000000-us-east-1-aws", BucketName("!Sub 'logs-${AWS::AccountId}-${AWS::Region}-${AWS::Partition}'"));

    [Fact]
    public void Sub_WithAVariableMap_UsesTheMap() =>
        Assert.Equal("app-data", BucketName("!Sub ['${Name}-data', {Name: app}]"));

    [Fact]
    public void Sub_KeepsEscapedPlaceholdersLiteral() =>
        Assert.Equal("a-${Literal}", BucketName("!Sub 'a-${!Literal}'"));

    [Fact]
    public void Sub_WithAnUnknownPiece_IsUnknownSoTheNameFallsBackToTheLogicalId() =>
        Assert.Equal("Bucket", BucketName("!Sub '${AWS::StackName}-data'"));

    [Fact]
    public void Join_JoinsTheValues() =>
        Assert.Equal("a-b-c", BucketName("!Join ['-', [a, b, c]]"));

    [Fact]
    public void SelectOfSplit_PicksThePiece() =>
        Assert.Equal("beta", BucketName("!Select [1, !Split [',', 'alpha,beta,gamma']]"));

    [Fact]
    public void FindInMap_ReadsTheMapping() =>
        Assert.Equal("eu-logs", BucketName("!FindInMap [Names, !Ref 'AWS::Region', Logs]", "Mappings:\n  Names:\n    us-east-1:\n      Logs: eu-logs\n"));

    [Fact]
    public void FindInMap_WhenTheKeyIsMissing_IsAnInputError() =>
        Assert.Equal("FILE:9: Fn::FindInMap: the mapping Names has no us-east-1.Data.",
            TemplateErrors.Of("Mappings:\n  Names:\n    us-east-1:\n      Logs: x\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !FindInMap [Names, !Ref 'AWS::Region', Data]\n"));

    [Fact]
    public void Cidr_CarvesSubnetsFromTheBlock()
    {
        var snapshot = TemplateImport.Text("Resources:\n  Net:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: vpc-1\n      CidrBlock: !Select [2, !Cidr ['10.0.0.0/16', 4, 8]]\n");
        Assert.Equal("10.0.2.0/24", Assert.Single(snapshot.Subnets).CidrBlock);
    }

    [Fact]
    public void GetAttArn_OfADeclaredResource_IsItsSyntheticArn()
    {
        var snapshot = TemplateImport.Text("Resources:\n  Key:\n    Type: AWS::KMS::Key\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: logs\n      KMSKeyId: !GetAtt Key.Arn\n");
        Assert.Equal(Assert.Single(snapshot.KmsKeys).Arn, Assert.Single(snapshot.Trails).KmsKeyId);
    }

    [Fact]
    public void GetAtt_OfAnAttributeKnownOnlyAfterDeployment_IsUnknown()
    {
        var snapshot = TemplateImport.Text("Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: !GetAtt Db.Endpoint.Address\n");
        var trail = Assert.Single(snapshot.Trails);
        Assert.Null(trail.S3BucketName);
        Assert.Contains("S3BucketName", trail.Unreadable);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal("S3BucketName is the attribute Endpoint.Address of Db, known only after deployment", error.Message);
    }

    [Fact]
    public void ImportValue_IsUnknownAndRecordedAsSuch()
    {
        var snapshot = TemplateImport.Text("Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: logs\n      KMSKeyId: !ImportValue shared-trail-key\n");
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(CollectionError.UnknownBeforeDeploymentCode, error.ErrorCode);
        Assert.Equal("KmsKeyId", error.Property);
        Assert.Equal("cloudformation", error.Service);
        Assert.Equal("template", error.Operation);
        Assert.Equal("KMSKeyId is Fn::ImportValue shared-trail-key, another stack's export known only at deployment", error.Message);
    }

    [Fact]
    public void NoValue_RemovesThePropertySoTheDefaultApplies()
    {
        var snapshot = TemplateImport.Text("Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption: !Ref AWS::NoValue\n");
        Assert.Equal("AES256", Assert.Single(snapshot.S3Buckets).Encryption!.Algorithm);
    }

    [Fact]
    public void Transform_IsRejectedAsNotExpandableOffline() =>
        Assert.Contains("Fn::Transform (a CloudFormation macro) cannot be expanded offline",
            TemplateErrors.Of("Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      Tags: !Transform {Name: AddTags}\n"));
}
