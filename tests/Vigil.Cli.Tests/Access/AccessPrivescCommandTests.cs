using System.Text.Json;
using Vigil.Testing;

namespace Vigil.Cli.Tests.Access;

public sealed class AccessPrivescCommandTests : IDisposable
{
    private const string Account = "111111111111";
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Demo_Table_ListsEachEscalatingPrincipalWithItsSteps()
    {
        var run = await CliRun.Of("access", "privesc", "--demo", "--quiet");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("3 can escalate to administrator", run.Output, StringComparison.Ordinal);
        Assert.Contains("role/acme-dev-release-pipeline (role): CAN ESCALATE in 1 step(s) to arn:aws:iam::444455556666:role/acme-dev-stack-provisioner", run.Output, StringComparison.Ordinal);
        Assert.Contains("by passrole-lambda-create-invoke (#20)", run.Output, StringComparison.Ordinal);
        Assert.Contains("iam:PassRole on arn:aws:iam::444455556666:role/acme-dev-stack-provisioner with iam:PassedToService=lambda.amazonaws.com [inline release of role/acme-dev-release-pipeline statement PassAppRoles]", run.Output, StringComparison.Ordinal);
        Assert.Contains("user/people/hana.sato makes an administrator of user/people/hana.sato by iam-create-policy-version (#1)", run.Output, StringComparison.Ordinal);
        Assert.Contains("role/acme-dev-image-pipeline acts as role/acme-dev-build-runner by ec2-launch-template-version (#48): Auto Scaling group acme-dev-build-runners launches template acme-dev-build-runners at $Latest", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("acme-release-pipeline (role)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_All_ListsAdministratorsAndPrincipalsThatCannotEscalate()
    {
        var run = await CliRun.Of("access", "privesc", "--demo", "--quiet", "--all");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("role/acme-release-pipeline (role): cannot escalate", run.Output, StringComparison.Ordinal);
        Assert.Contains("user/service/svc-legacy-etl (user): administrator", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_Json_FollowsTheDocumentedShape()
    {
        var run = await CliRun.Of("access", "privesc", "--demo", "--quiet", "--format", "json", "--all");
        Assert.True(run.ExitCode == 0, run.Error);
        using var document = JsonDocument.Parse(run.Output);
        var root = document.RootElement;

        Assert.Equal("1", root.GetProperty("schemaVersion").GetString());
        Assert.False(root.GetProperty("options").GetProperty("assumeUncollectedResources").GetBoolean());
        var principals = root.GetProperty("principals").EnumerateArray().ToList();
        Assert.Equal(root.GetProperty("summary").GetProperty("principals").GetInt32(), principals.Count);
        Assert.Equal(3, root.GetProperty("summary").GetProperty("canEscalate").GetInt32());
        var release = principals.Single(p => p.GetProperty("arn").GetString() == "arn:aws:iam::444455556666:role/acme-dev-release-pipeline");
        Assert.True(release.GetProperty("canEscalate").GetBoolean());
        Assert.Equal("arn:aws:iam::444455556666:role/acme-dev-stack-provisioner", release.GetProperty("reachedAdmin").GetString());
        var step = Assert.Single(release.GetProperty("path").EnumerateArray());
        Assert.Equal("passrole-lambda-create-invoke", step.GetProperty("technique").GetProperty("id").GetString());
        Assert.Equal(20, step.GetProperty("technique").GetProperty("number").GetInt32());
        Assert.False(step.GetProperty("grantsAdmin").GetBoolean());
        var passRole = step.GetProperty("permissions")[0];
        Assert.Equal("iam:PassRole", passRole.GetProperty("action").GetString());
        Assert.Equal("lambda.amazonaws.com", passRole.GetProperty("requestValues").GetProperty("iam:PassedToService").GetString());
        Assert.Equal(["inline release of role/acme-dev-release-pipeline statement PassAppRoles"], passRole.GetProperty("statements").EnumerateArray().Select(s => s.GetString()));
        Assert.Empty(release.GetProperty("organizationProblems").EnumerateArray());
        Assert.All(principals, p => Assert.Equal(p.GetProperty("canEscalate").GetBoolean(), p.GetProperty("path").GetArrayLength() > 0));
    }

    [Fact]
    public async Task Snapshot_AssumeUncollected_CountsTakeoversOfUncollectedResourceTypes()
    {
        var path = _dir.File("estate.json", Estate("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"cloudformation:UpdateStack","Resource":"*"}]}"""));

        var plain = await CliRun.Of("access", "privesc", path, "--quiet", "--format", "json");
        var assumed = await CliRun.Of("access", "privesc", path, "--quiet", "--format", "json", "--assume-uncollected");

        Assert.True(plain.ExitCode == 0 && assumed.ExitCode == 0, plain.Error + assumed.Error);
        using var plainJson = JsonDocument.Parse(plain.Output);
        using var assumedJson = JsonDocument.Parse(assumed.Output);
        Assert.Equal(0, plainJson.RootElement.GetProperty("summary").GetProperty("canEscalate").GetInt32());
        var step = assumedJson.RootElement.GetProperty("principals")[0].GetProperty("path")[0];
        Assert.Equal("cloudformation-update-stack", step.GetProperty("technique").GetProperty("id").GetString());
        Assert.StartsWith("assumed:", step.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_WritesTheReportToTheFile()
    {
        var path = _dir.File("estate.json", Estate("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:PutUserPolicy","Resource":"*"}]}"""));
        var output = Path.Combine(_dir.Path, "privesc.txt");

        var run = await CliRun.Of("access", "privesc", path, "--quiet", "-o", output);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("", run.Output);
        var text = await File.ReadAllTextAsync(output);
        Assert.Contains($"arn:aws:iam::{Account}:user/dev (user): CAN ESCALATE in 1 step(s)", text, StringComparison.Ordinal);
        Assert.Contains("iam-put-user-policy", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Format_Unknown_IsAUsageError()
    {
        var run = await CliRun.Of("access", "privesc", "--demo", "--format", "xml");

        run.AssertUsageError("xml");
    }

    private static string Estate(string devPolicy) => JsonSerializer.Serialize(new
    {
        schemaVersion = "1",
        collectedAt = "2026-11-01T00:00:00Z",
        accounts = new[] { new { arn = $"arn:aws:iam::{Account}:root", name = "prod", accountId = Account } },
        iamUsers = new[] { new { arn = $"arn:aws:iam::{Account}:user/dev", name = "dev", accountId = Account, inlinePolicies = new[] { new { policyName = "dev", document = devPolicy } } } },
        iamRoles = new[]
        {
            new
            {
                arn = $"arn:aws:iam::{Account}:role/stack-admin", name = "stack-admin", accountId = Account,
                trustPolicy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"cloudformation.amazonaws.com"},"Action":"sts:AssumeRole"}]}""",
                inlinePolicies = new[] { new { policyName = "admin", document = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""" } },
            },
        },
    });
}
