using Vigil.Testing;

namespace Vigil.Importers.Tests.CloudFormation;

public sealed class NestedStackTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void NestedStackWithALocalTemplate_IsImportedWithItsParameters()
    {
        Directory.CreateDirectory(Path.Combine(_dir.Path, "child"));
        _dir.File(Path.Combine("child", "storage.yaml"), "Parameters:\n  Name:\n    Type: String\nResources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Ref Name\nOutputs:\n  Arn:\n    Value: !GetAtt Data.Arn\n");
        var root = _dir.File("root.yaml", """
            Resources:
              Storage:
                Type: AWS::CloudFormation::Stack
                Properties:
                  TemplateURL: child/storage.yaml
                  Parameters:
                    Name: shared-data
              Trail:
                Type: AWS::CloudTrail::Trail
                Properties:
                  IsLogging: true
                  S3BucketName: !GetAtt Storage.Outputs.Arn
            """);
        var snapshot = TemplateImport.File(root);
        var bucket = Assert.Single(snapshot.S3Buckets);
        Assert.Equal("shared-data", bucket.Name);
        Assert.Equal(Path.Combine(_dir.Path, "child", "storage.yaml"), bucket.Location!.File);
        Assert.Equal(5, bucket.Location.Line);
        Assert.Equal("Storage/Data", bucket.Location.Address);
        Assert.Equal("arn:aws:s3:::shared-data", Assert.Single(snapshot.Trails).S3BucketName);
    }

    [Fact]
    public void NestedStackWithARemoteTemplate_IsLeftOut()
    {
        var root = _dir.File("root.yaml", "Resources:\n  Shared:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: https://s3.amazonaws.com/bucket/shared.yaml\n  Data:\n    Type: AWS::S3::Bucket\n");
        Assert.Equal(["Data"], TemplateImport.File(root).S3Buckets.Select(b => b.Name));
    }

    [Fact]
    public void NestedStackWithAMissingLocalTemplate_IsAnInputError()
    {
        var root = _dir.File("root.yaml", "Resources:\n  Shared:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: missing.yaml\n");
        var error = Assert.Throws<Core.VigilInputException>(() => TemplateImport.File(root));
        Assert.StartsWith($"{root}:2: cannot read the nested stack template", error.Message, StringComparison.Ordinal);
    }
}
