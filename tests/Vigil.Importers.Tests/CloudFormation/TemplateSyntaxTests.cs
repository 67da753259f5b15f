namespace Vigil.Importers.Tests.CloudFormation;

public sealed class TemplateSyntaxTests
{
    [Fact]
    public void Import_WhenYamlIsMalformed_NamesFileAndLine() =>
        Assert.StartsWith("FILE:4: not valid YAML", TemplateErrors.Of("Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n  - Properties\n"));

    [Fact]
    public void Import_WhenJsonIsMalformed_NamesFileAndLine() =>
        Assert.StartsWith("FILE:4: not valid JSON", TemplateErrors.Of("{\n  \"Resources\": {\n    \"Bucket\": {\"Type\": \"AWS::S3::Bucket\"}\n    \"Other\": {}\n  }\n}", ".json"));

    [Fact]
    public void Import_WhenJsonRepeatsAKey_NamesTheKey() =>
        Assert.Equal("FILE:3: the key 'Bucket' appears twice in the same object.",
            TemplateErrors.Of("{\"Resources\": {\n\"Bucket\": {\"Type\": \"AWS::S3::Bucket\"},\n\"Bucket\": {\"Type\": \"AWS::S3::Bucket\"}}}", ".json"));

    [Fact]
    public void Import_WhenResourcesIsMissing_SaysSo() =>
        Assert.Equal("FILE:1: the template has no Resources section.", TemplateErrors.Of("AWSTemplateFormatVersion: '2010-09-09'\nParameters: {}\n"));

    [Fact]
    public void Import_WhenAResourceHasNoType_NamesIt() =>
        Assert.Equal("FILE:2: resource Bucket has no Type.", TemplateErrors.Of("Resources:\n  Bucket:\n    Properties: {}\n"));

    [Fact]
    public void Import_WhenATagIsNotAnIntrinsicFunction_NamesTheTag() =>
        Assert.Equal("FILE:5: unknown tag !Reference (not a CloudFormation intrinsic function).",
            TemplateErrors.Of("Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Reference Name\n"));

    [Fact]
    public void Import_WhenAFunctionIsUnknown_NamesTheFunctionAndLine() =>
        Assert.Equal("FILE:5: unknown intrinsic function Fn::Concat.",
            TemplateErrors.Of("Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: {\"Fn::Concat\": [a, b]}\n"));

    [Fact]
    public void Import_WhenRefNamesNothing_NamesTheMissingName() =>
        Assert.Equal("FILE:5: Ref to LogBucket, which is not a parameter, resource or pseudo parameter of the template.",
            TemplateErrors.Of("Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Ref LogBucket\n"));

    [Fact]
    public void Import_WhenGetAttNamesNoResource_SaysSo() =>
        Assert.Equal("FILE:5: Fn::GetAtt names Key, which is not a resource of the template.",
            TemplateErrors.Of("Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !GetAtt Key.Arn\n"));

    [Fact]
    public void Import_WhenDependsOnNamesAnUndeclaredResource_SaysSo() =>
        Assert.Equal("FILE:4: DependsOn of Bucket names Policy, which is not a resource of the template.",
            TemplateErrors.Of("Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    DependsOn: [Policy]\n"));

    [Fact]
    public void Import_WhenAResourceConditionIsNotDeclared_SaysSo() =>
        Assert.Equal("FILE:4: the condition IsProd is not declared in Conditions.",
            TemplateErrors.Of("Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Condition: IsProd\n"));

    [Fact]
    public void Import_RecordsTheLineOfEachResourceDeclaration()
    {
        var snapshot = TemplateImport.Text("Description: two buckets\nResources:\n  First:\n    Type: AWS::S3::Bucket\n\n  Second:\n    Type: AWS::S3::Bucket\n");
        Assert.Equal([3, 6], snapshot.S3Buckets.Select(b => b.Location!.Line!.Value));
        Assert.Equal(["First", "Second"], snapshot.S3Buckets.Select(b => b.Location!.Address!));
    }

    [Fact]
    public void Import_OfJson_RecordsTheLineOfEachResourceDeclaration()
    {
        var snapshot = TemplateImport.Text("{\n  \"Resources\": {\n    \"Logs\": {\n      \"Type\": \"AWS::S3::Bucket\"\n    }\n  }\n}\n", ".json");
        Assert.Equal(3, Assert.Single(snapshot.S3Buckets).Location!.Line);
    }

    [Fact]
    public void Import_WhenTheTemplateNeedsTheServerlessTransform_AsksForTheProcessedTemplate() =>
        Assert.StartsWith("FILE:1: the template uses the transform AWS::Serverless-2016-10-31, which cannot be expanded offline",
            TemplateErrors.Of("Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n"));

    [Fact]
    public void Import_WithTheLanguageExtensionsTransform_EvaluatesItsFunctions()
    {
        var snapshot = TemplateImport.Text("Transform: AWS::LanguageExtensions\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Join ['-', [logs, !Length [a, b, c]]]\n");
        Assert.Equal("logs-3", Assert.Single(snapshot.S3Buckets).Name);
    }
}
