using System.Text.Json;
using Vigil.Testing;

namespace Vigil.Cli.Tests.Inputs;

/// <summary>`vigil scan PLAN.json` through the real command: a Terraform plan is detected from its content, its
/// findings point at the plan file and the resource address, and a broken plan is a usage error naming file and line.</summary>
public sealed class TerraformInputTests : IDisposable
{
    private static readonly string Plan = RepositoryRoot.Combine("tests", "Vigil.Importers.Tests", "Fixtures", "Terraform", "network.plan.json");
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Scan_TerraformPlanAsJson_FindingsCarryThePlanFileAndTheResourceAddress()
    {
        var run = await CliRun.Of("scan", Plan, "--format", "json", "--check", "ec2-security-group-no-public-ssh");
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("terraform-plan", json.RootElement.GetProperty("inputs")[0].GetProperty("kind").GetString());
        var finding = json.RootElement.GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("resource").GetProperty("name").GetString() == "aws_security_group.admin");
        Assert.Equal("fail", finding.GetProperty("status").GetString());
        var location = finding.GetProperty("location");
        Assert.Equal(Plan, location.GetProperty("file").GetString());
        Assert.False(location.TryGetProperty("line", out _));
        Assert.Equal("aws_security_group.admin", location.GetProperty("address").GetString());
    }

    [Fact]
    public async Task Scan_TerraformPlanAsSarif_ResultsNameThePlanFileAndTheAddressAsLogicalLocation()
    {
        var run = await CliRun.Of("scan", Plan, "--format", "sarif", "--check", "ec2-subnet-no-auto-public-ip");
        Assert.True(run.ExitCode == 0, run.Error);
        using var sarif = JsonDocument.Parse(run.Output);
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("message").GetProperty("text").GetString()!.Contains("aws_subnet.public[1]", StringComparison.Ordinal));
        var location = result.GetProperty("locations")[0];
        var artifact = location.GetProperty("physicalLocation");
        Assert.Equal(new Uri(Plan).AbsoluteUri, artifact.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.False(artifact.TryGetProperty("region", out _));
        var logical = location.GetProperty("logicalLocations");
        Assert.Equal("aws_subnet.public[1]", logical[1].GetProperty("fullyQualifiedName").GetString());
        Assert.Equal("declaration", logical[1].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Scan_MalformedPlan_ExitsTwoNamingFileAndLine()
    {
        var path = _dir.File("plan.json", "{\n  \"format_version\": \"1.2\",\n  \"terraform_version\": \"1.9.5\",\n  \"planned_values\": {\"root_module\": {]}\n}\n");
        var run = await CliRun.Of("scan", path);
        run.AssertUsageError($"{path}:4: not valid JSON:");
    }

    [Fact]
    public async Task Scan_TerraformStateInsteadOfPlan_ExitsTwoSayingSo()
    {
        var path = _dir.File("state.json", """{"format_version": "1.0", "terraform_version": "1.9.5", "values": {"root_module": {"resources": []}}}""");
        var run = await CliRun.Of("scan", path, "--input-kind", "terraform-plan");
        run.AssertUsageError($"{path}: this is the JSON of a Terraform state, not of a plan");
    }
}
