using System.Text.Json;
using Vigil.Core.Model;
using Vigil.Core.Responsibilities;
using Vigil.Reports.Responsibilities;
using Vigil.Testing;

namespace Vigil.Reports.Tests;

public sealed class ResponsibilityWritersTests
{
    private const string Service = """
        id: storage
        name: Storage Service With A Rather Long Display Name That Must Wrap Inside Its Column
        category: abstracted
        basis: derived
        presence:
          resourceTypes: [AWS::S3::Bucket]
        aws:
          duties:
            - id: platform
              text: Runs the platform.
          evidence: [soc-2]
        customer:
          - id: tested
            text: Keep buckets tested safely, which is a duty described at a length that has to wrap over several lines of the table.
            checks: [s3-test-hostile]
          - id: untested
            text: A duty whose check finds nothing.
            checks: [s3-test-absent]
          - id: attested
            text: A duty a person attests.
            manual: Attest that it is done.
            awsDefault: On by default.
        shared:
          patch-management: {aws: Patches servers., customer: Patches clients., manual: Attest clients are patched.}
          configuration-management: {aws: Keeps baselines., customer: Reviews changes., manual: Attest changes are reviewed.}
          awareness-training: {aws: Trains staff., customer: Trains people., manual: Attest people are trained.}
        """;

    [Fact]
    public async Task Table_ShowsOwnersStatusesAndCountsWithinOneHundredColumns()
    {
        var text = await Render(ResponsibilityTableWriter.WriteAsync);
        Assert.All(text.Split('\n'), line => Assert.True(line.Length <= 100, line));
        Assert.Contains("1 fail, 1 pass", text, StringComparison.Ordinal);
        Assert.Contains("nothing to judge", text, StringComparison.Ordinal);
        Assert.Contains("not-applicable", text, StringComparison.Ordinal);
        Assert.Contains("AWS default: On by default.", text, StringComparison.Ordinal);
        Assert.Contains("Attest that it is done.", text, StringComparison.Ordinal);
        Assert.Contains("Evidence of AWS's side: SOC 2 Type 2.", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', text);
    }

    [Fact]
    public async Task Json_CarriesEveryDutyWithItsOwnerStatusAndChecks()
    {
        using var document = JsonDocument.Parse(await Render(ResponsibilityJsonWriter.WriteAsync));
        var service = Assert.Single(document.RootElement.GetProperty("services").EnumerateArray());
        var duties = service.GetProperty("duties").EnumerateArray().ToDictionary(d => d.GetProperty("id").GetString()!);
        Assert.Equal(["tested", "untested", "attested", "patch-management", "configuration-management", "awareness-training", "platform"], duties.Keys);
        Assert.Equal(("customer", "fail"), (duties["tested"].GetProperty("owner").GetString(), duties["tested"].GetProperty("status").GetString()));
        Assert.Equal(1, duties["tested"].GetProperty("checks")[0].GetProperty("fail").GetInt32());
        Assert.Equal("not-applicable", duties["untested"].GetProperty("status").GetString());
        Assert.Equal("Attest that it is done.", duties["attested"].GetProperty("manual").GetString());
        Assert.Equal("Patches servers.", duties["patch-management"].GetProperty("aws").GetString());
        Assert.Equal(("aws", "manual"), (duties["platform"].GetProperty("owner").GetString(), duties["platform"].GetProperty("status").GetString()));
        var summary = document.RootElement.GetProperty("summary").GetProperty("duties");
        Assert.Equal((1, 1, 5), (summary.GetProperty("fail").GetInt32(), summary.GetProperty("not-applicable").GetInt32(), summary.GetProperty("manual").GetInt32()));
        Assert.Equal(ReportFixture.HostileName, document.RootElement.GetProperty("accounts")[0].GetProperty("name").GetString());
    }

    private static async Task<string> Render(Func<ResponsibilityReport, Stream, CancellationToken, Task> write)
    {
        var catalog = new ResponsibilityCatalog([ServiceFileReader.Read(Service, "storage.yaml")], [new AwsDuty("physical", "Guards buildings.")],
            [new EvidenceReport("soc-2", "SOC 2 Type 2", "A report.")]);
        var input = ReportFixture.Input();
        var result = input.Result with { Accounts = [new Core.Engine.AccountSummary(TestResources.AccountId, ReportFixture.HostileName)] };
        var buckets = input.Result.Findings.Select(f => f.Resource).OfType<Core.Model.S3.S3Bucket>().ToList();
        var matrix = ResponsibilityMatrixBuilder.Build(catalog, new Snapshot { S3Buckets = buckets }, input.Result.Findings);
        using var buffer = new MemoryStream();
        await write(new ResponsibilityReport(result, matrix, ReportStyle.Plain), buffer, CancellationToken.None);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
