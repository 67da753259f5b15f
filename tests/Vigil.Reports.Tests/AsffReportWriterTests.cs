using System.Text.Json;
using Vigil.Reports.Asff;
using Vigil.Reports.Tests.Fixtures;

namespace Vigil.Reports.Tests;

public sealed class AsffReportWriterTests
{
    private static readonly string[] Required =
        ["SchemaVersion", "Id", "ProductArn", "GeneratorId", "AwsAccountId", "Types", "CreatedAt", "UpdatedAt", "Severity", "Title", "Description", "Resources"];

    [Fact]
    public async Task Write_EveryRecordHasTheFieldsBatchImportFindingsRequires()
    {
        using var document = JsonDocument.Parse(await Rendered.Text(new AsffReportWriter(), GoldenScan.Input()));
        foreach (var record in document.RootElement.EnumerateArray())
        {
            foreach (var field in Required) Assert.True(record.TryGetProperty(field, out _), field);
            Assert.Equal("2018-10-08", record.GetProperty("SchemaVersion").GetString());
            Assert.Matches(@"^arn:aws:securityhub:[a-z0-9-]+:111111111111:product/111111111111/default$", record.GetProperty("ProductArn").GetString());
            var resource = record.GetProperty("Resources")[0];
            foreach (var field in new[] { "Type", "Id", "Partition", "Region" }) Assert.True(resource.TryGetProperty(field, out _), field);
            Assert.NotEmpty(record.GetProperty("Types").EnumerateArray());
        }
    }

    [Fact]
    public async Task Write_IdsAreStableAcrossRuns()
    {
        using var first = JsonDocument.Parse(await Rendered.Text(new AsffReportWriter(), GoldenScan.Input()));
        using var second = JsonDocument.Parse(await Rendered.Text(new AsffReportWriter(), GoldenScan.Input()));
        var ids = first.RootElement.EnumerateArray().Select(r => r.GetProperty("Id").GetString()).ToList();
        Assert.Equal(ids, second.RootElement.EnumerateArray().Select(r => r.GetProperty("Id").GetString()));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(GoldenScan.Input().Listed.Select(f => f.Id), ids);
    }

    [Fact]
    public async Task Write_StatusesBecomeComplianceAndWorkflow()
    {
        using var document = JsonDocument.Parse(await Rendered.Text(new AsffReportWriter(), GoldenScan.Input()));
        var records = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(["FAILED", "PASSED", "FAILED", "NOT_AVAILABLE", "WARNING", "FAILED"], records.Select(r => r.GetProperty("Compliance").GetProperty("Status").GetString()));
        Assert.Equal(["NEW", "RESOLVED", "NEW", "NEW", "NEW", "SUPPRESSED"], records.Select(r => r.GetProperty("Workflow").GetProperty("Status").GetString()));
        Assert.Equal("INFORMATIONAL", records[1].GetProperty("Severity").GetProperty("Label").GetString());
        Assert.Equal("CRITICAL", records[0].GetProperty("Severity").GetProperty("Label").GetString());
        Assert.Equal("us-east-1", records[4].GetProperty("Region").GetString());
    }

    [Theory]
    [InlineData("AWS::S3::Bucket", "AwsS3Bucket")]
    [InlineData("AWS::IAM::Role", "AwsIamRole")]
    [InlineData("AWS::RDS::DBInstance", "AwsRdsDbInstance")]
    [InlineData("AWS::EC2::SecurityGroup", "AwsEc2SecurityGroup")]
    [InlineData("AWS::Account", "AwsAccount")]
    [InlineData("Custom::Thing", "Other")]
    public void ResourceType_FollowsTheAsffNaming(string cloudFormation, string asff) =>
        Assert.Equal(asff, AsffVocabulary.ResourceType(cloudFormation));
}
