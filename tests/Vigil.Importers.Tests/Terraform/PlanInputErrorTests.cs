using Vigil.Core;
using Vigil.Importers.Terraform;
using Vigil.Testing;

namespace Vigil.Importers.Tests.Terraform;

public sealed class PlanInputErrorTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private async Task<string> ImportErrorAsync(string content)
    {
        var path = _dir.File("input.json", content);
        var error = await Assert.ThrowsAsync<VigilInputException>(() => new TerraformPlanImporter().ImportAsync(path, new ImportOptions(), CancellationToken.None));
        return error.Message.Replace(path, "FILE", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_WhenTheJsonIsMalformed_NamesFileAndLine()
    {
        var message = await ImportErrorAsync("{\n  \"format_version\": \"1.2\",\n  \"planned_values\": {\n    \"root_module\": {,}\n  }\n}");
        Assert.StartsWith("FILE:4: not valid JSON: ", message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_WhenTheFileIsAState_SaysItIsAStateNotAPlan()
    {
        var message = await ImportErrorAsync("""{"format_version":"1.0","terraform_version":"1.9.5","values":{"root_module":{}}}""");
        Assert.StartsWith("FILE: this is the JSON of a Terraform state, not of a plan (it has no planned_values)", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_WhenTheJsonIsNoPlanAtAll_SaysWhatWasExpected()
    {
        var message = await ImportErrorAsync("""{"Resources":{}}""");
        Assert.Equal("FILE: not a Terraform plan: no planned_values (expected the output of `terraform show -json plan.out`).", message);
    }

    [Fact]
    public async Task Import_WhenTheFormatMajorVersionIsNotOne_RejectsIt()
    {
        var message = await ImportErrorAsync("""{"format_version":"2.0","planned_values":{"root_module":{}}}""");
        Assert.Equal("FILE: unsupported plan format_version 2.0; Vigil reads format 1.x.", message);
    }

    [Fact]
    public async Task Import_WhenTheJsonIsAnArray_SaysItIsNoPlan()
    {
        var message = await ImportErrorAsync("[]");
        Assert.Equal("FILE:1: not a Terraform plan: the JSON is not an object.", message);
    }
}
