namespace Vigil.Importers.Tests.CloudFormation;

public sealed class ParameterTests
{
    private const string Template = """
        Parameters:
          Versioning:
            Type: String
            AllowedValues: [Enabled, Suspended]
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              VersioningConfiguration:
                Status: !Ref Versioning
        """;

    [Fact]
    public void Parameter_WithoutDefaultOrOverride_MakesThePropertyUnknown()
    {
        var snapshot = TemplateImport.Text(Template);
        var bucket = Assert.Single(snapshot.S3Buckets);
        Assert.Null(bucket.Versioning);
        Assert.Equal(["Versioning"], bucket.Unreadable);
        Assert.Equal("VersioningConfiguration.Status is the parameter Versioning, which has no value", Assert.Single(snapshot.Errors).Message);
    }

    [Fact]
    public void Parameter_Override_GivesTheValue()
    {
        var bucket = Assert.Single(TemplateImport.Text(Template, parameters: new Dictionary<string, string> { ["Versioning"] = "Enabled" }).S3Buckets);
        Assert.Equal("Enabled", bucket.Versioning);
        Assert.Empty(bucket.Unreadable);
    }

    [Fact]
    public void Parameter_Default_GivesTheValueWhenNotOverridden()
    {
        var bucket = Assert.Single(TemplateImport.Text(Template.Replace("AllowedValues", "Default: Suspended\n    AllowedValues", StringComparison.Ordinal)).S3Buckets);
        Assert.Equal("Suspended", bucket.Versioning);
    }

    [Fact]
    public void Parameter_OverrideOutsideAllowedValues_IsAnInputError() =>
        Assert.Equal("FILE:2: parameter Versioning is 'On', which is not one of its AllowedValues (Enabled, Suspended).",
            TemplateErrors.Of(Template, parameters: new Dictionary<string, string> { ["Versioning"] = "On" }));

    [Fact]
    public void CommaDelimitedListParameter_IsAList()
    {
        var snapshot = TemplateImport.Text("""
            Parameters:
              Groups:
                Type: List<AWS::EC2::SecurityGroup::Id>
                Default: sg-1,sg-2
            Resources:
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Runtime: python3.12
                  Role: arn:aws:iam::000000000000:role/fn
                  VpcConfig:
                    SecurityGroupIds: !Ref Groups
            """);
        Assert.Equal(["sg-1", "sg-2"], Assert.Single(snapshot.LambdaFunctions).SecurityGroupIds);
    }

    [Fact]
    public void SsmParameterType_IsUnknownEvenWithADefault()
    {
        var snapshot = TemplateImport.Text("""
            Parameters:
              KeyArn:
                Type: AWS::SSM::Parameter::Value<String>
                Default: /shared/trail-key
            Resources:
              Trail:
                Type: AWS::CloudTrail::Trail
                Properties:
                  IsLogging: true
                  S3BucketName: logs
                  KMSKeyId: !Ref KeyArn
            """);
        Assert.Equal(["KmsKeyId"], Assert.Single(snapshot.Trails).Unreadable);
        Assert.Contains("read from Systems Manager Parameter Store at deployment", Assert.Single(snapshot.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AccountIdPseudoParameter_ComesFromTheImportOptions()
    {
        var snapshot = TemplateImport.Text("Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: !Sub 'deploy-${AWS::AccountId}'\n      AssumeRolePolicyDocument: {}\n");
        Assert.Equal("arn:aws:iam::000000000000:role/deploy-000000000000", Assert.Single(snapshot.IamRoles).Arn);
    }
}
