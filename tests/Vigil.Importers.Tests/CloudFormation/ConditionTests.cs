namespace Vigil.Importers.Tests.CloudFormation;

public sealed class ConditionTests
{
    private const string Template = """
        Parameters:
          Env:
            Type: String
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              VersioningConfiguration:
                Status: !If [IsProd, Enabled, Suspended]
          ProdOnly:
            Type: AWS::S3::Bucket
            Condition: IsProd
        """;

    private static Dictionary<string, string> Env(string value) => new() { ["Env"] = value };

    [Fact]
    public void ResourceWithAFalseCondition_IsLeftOut() =>
        Assert.Equal(["Bucket"], TemplateImport.Text(Template, parameters: Env("dev")).S3Buckets.Select(b => b.Name));

    [Fact]
    public void ResourceWithATrueCondition_IsImported() =>
        Assert.Equal(["Bucket", "ProdOnly"], TemplateImport.Text(Template, parameters: Env("prod")).S3Buckets.Select(b => b.Name));

    [Fact]
    public void If_PicksTheBranchOfTheCondition() =>
        Assert.Equal("Suspended", TemplateImport.Text(Template, parameters: Env("dev")).S3Buckets.Single(b => b.Name == "Bucket").Versioning);

    [Fact]
    public void If_WithAConditionOnAnUnknownParameter_IsUnknown()
    {
        var snapshot = TemplateImport.Text(Template);
        var bucket = snapshot.S3Buckets.Single(b => b.Name == "Bucket");
        Assert.Equal(["Versioning"], bucket.Unreadable);
        Assert.Equal("VersioningConfiguration.Status is decided by the condition IsProd, which depends on the parameter Env, which has no value",
            snapshot.Errors.Single(e => e.ResourceArn == bucket.Arn).Message);
    }

    [Fact]
    public void ResourceWithAnUnknownCondition_IsImportedAsItMayBeCreated() =>
        Assert.Contains("ProdOnly", TemplateImport.Text(Template).S3Buckets.Select(b => b.Name));

    [Fact]
    public void AndOrNot_AreEvaluated()
    {
        var snapshot = TemplateImport.Text("""
            Conditions:
              A: !Equals [x, x]
              B: !Not [!Condition A]
              Both: !And [!Condition A, !Condition B]
              Either: !Or [!Condition A, !Condition B]
            Resources:
              WhenBoth:
                Type: AWS::S3::Bucket
                Condition: Both
              WhenEither:
                Type: AWS::S3::Bucket
                Condition: Either
            """);
        Assert.Equal(["WhenEither"], snapshot.S3Buckets.Select(b => b.Name));
    }

    [Fact]
    public void ConfiguringResourceWithAnUnknownCondition_MakesTheTargetPropertyUnknown()
    {
        var snapshot = TemplateImport.Text(Template + """

              Policy:
                Type: AWS::S3::BucketPolicy
                Condition: IsProd
                Properties:
                  Bucket: !Ref Bucket
                  PolicyDocument: {Version: '2012-10-17', Statement: []}
            """);
        var bucket = snapshot.S3Buckets.Single(b => b.Name == "Bucket");
        Assert.Null(bucket.Policy);
        Assert.Contains("Policy", bucket.Unreadable);
        Assert.StartsWith("Policy sets it only when the condition IsProd holds", snapshot.Errors.Single(e => e.Property == "Policy").Message, StringComparison.Ordinal);
    }
}
