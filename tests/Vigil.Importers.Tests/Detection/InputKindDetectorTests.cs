using System.IO.Compression;
using Vigil.Core;
using Vigil.Testing;

namespace Vigil.Importers.Tests.Detection;

public sealed class InputKindDetectorTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("{\"schemaVersion\": \"1\", \"s3Buckets\": []}", "snapshot")]
    [InlineData("{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {}}", "cloudformation")]
    [InlineData("{\"Parameters\": {}, \"Resources\": {\"Bucket\": {\"Type\": \"AWS::S3::Bucket\"}}}", "cloudformation")]
    [InlineData("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n", "cloudformation")]
    [InlineData("# a template\nDescription: demo\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n", "cloudformation")]
    [InlineData("{\"format_version\": \"1.2\", \"terraform_version\": \"1.7.5\", \"planned_values\": {}, \"resource_changes\": []}", "terraform-plan")]
    [InlineData("{\"UserDetailList\": [], \"GroupDetailList\": [], \"RoleDetailList\": [], \"Policies\": []}", "iam-authorization-details")]
    [InlineData("[{\"RoleDetailList\": [], \"IsTruncated\": true}]", "iam-authorization-details")]
    [InlineData("{\"fileVersion\": \"1.0\", \"configSnapshotId\": \"x\", \"configurationItems\": []}", "aws-config")]
    [InlineData("{\"Results\": [\"{\\\"resourceType\\\":\\\"AWS::S3::Bucket\\\"}\"], \"QueryInfo\": {}}", "aws-config")]
    [InlineData("{\"configurationItems\": [], \"nextToken\": null}", "aws-config")]
    public void Detect_TellsTheKind(string content, string kind) =>
        Assert.Equal(kind, InputKindDetector.Detect(_dir.File("input", content)));

    [Fact]
    public void Detect_ReadsGzip()
    {
        var path = _dir.File("snapshot.json.gz");
        using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        {
            gzip.Write("{\"fileVersion\": \"1.0\", \"configurationItems\": []}"u8);
        }
        Assert.Equal("aws-config", InputKindDetector.Detect(path));
    }

    [Fact]
    public void Detect_SelectResultsWhoseQueryInfoIsBeyondTheHead_FromTheFirstResult()
    {
        var item = "\"{\\\"resourceType\\\":\\\"AWS::EC2::Instance\\\",\\\"configuration\\\":{\\\"padding\\\":\\\"" + new string('x', 2000) + "\\\"}}\"";
        var content = "{\"Results\": [" + string.Join(",", Enumerable.Repeat(item, 200)) + "], \"QueryInfo\": {}}";
        Assert.Equal("aws-config", InputKindDetector.Detect(_dir.File("select.json", content)));
    }

    [Fact]
    public void Detect_TerraformState_SaysHowToMakeAPlan() =>
        AssertRefused("{\"version\": 4, \"terraform_version\": \"1.7.5\", \"serial\": 3, \"lineage\": \"a1\", \"outputs\": {}, \"resources\": []}",
            "it is a Terraform state, not a plan");

    [Fact]
    public void Detect_TerraformShowOfState_IsAState() =>
        AssertRefused("{\"format_version\": \"1.0\", \"terraform_version\": \"1.7.5\", \"values\": {}}", "it is a Terraform state, not a plan");

    [Fact]
    public void Detect_RandomJsonObject_NamesItsKeys() =>
        AssertRefused("{\"name\": \"demo\", \"version\": \"1.0.0\", \"dependencies\": {}}", "it is a JSON object with name, version, dependencies");

    [Fact]
    public void Detect_EmptyFile_SaysItIsEmpty() => AssertRefused("", "the file is empty");

    [Fact]
    public void Detect_WhitespaceOnly_SaysItIsEmpty() => AssertRefused(" \n\t\n", "the file is empty");

    [Fact]
    public void Detect_BinaryFile_SaysItIsBinary()
    {
        var path = _dir.File("image.png");
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        var e = Assert.Throws<VigilInputException>(() => InputKindDetector.Detect(path));
        Assert.Contains(path + ": not an input Vigil reads: it holds binary data", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_TerraformConfiguration_SaysVigilReadsPlans() =>
        AssertRefused("provider \"aws\" {\n  region = \"us-east-1\"\n}\nresource \"aws_s3_bucket\" \"b\" {}\n", "it is Terraform configuration (HCL)");

    [Fact]
    public void Detect_YamlThatIsNoTemplate_QuotesItsStart() =>
        AssertRefused("apiVersion: v1\nkind: Pod\n", "it starts \"apiVersion: v1\"");

    [Fact]
    public void Detect_MalformedJsonOfUnknownKind_NamesTheLine()
    {
        var path = _dir.File("broken.json", "{\n  \"name\": \"demo\",\n  \"x\": ]\n}");
        var e = Assert.Throws<VigilInputException>(() => InputKindDetector.Detect(path));
        Assert.StartsWith(path + ":3: not valid JSON", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_MalformedSnapshot_IsStillASnapshot() =>
        Assert.Equal("snapshot", InputKindDetector.Detect(_dir.File("bad.json", "{\"schemaVersion\": \"1\", \"s3Buckets\": [ {\"arn\": ] }")));

    [Fact]
    public void Detect_MissingFile_NamesIt()
    {
        var path = Path.Combine(_dir.Path, "missing.json");
        var e = Assert.Throws<VigilInputException>(() => InputKindDetector.Detect(path));
        Assert.Equal(path + ": no such file.", e.Message);
    }

    private void AssertRefused(string content, string expected)
    {
        var path = _dir.File("input", content);
        var e = Assert.Throws<VigilInputException>(() => InputKindDetector.Detect(path));
        Assert.StartsWith(path + ": not an input Vigil reads: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Contains("--input-kind", e.Message, StringComparison.Ordinal);
    }
}
