namespace Vigil.Cli.Tests;

public sealed class LiveInputTests : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("vigil-home-").FullName;

    public void Dispose() => Directory.Delete(_home, recursive: true);

    [Fact]
    public async Task NoCredentials_ExitsTwoAndSuggestsDemo()
    {
        var run = await CliProcess.RunAsync(new Dictionary<string, string> { ["HOME"] = _home }, "scan");
        run.AssertUsageError("No AWS credentials were found");
        Assert.Contains("--demo", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreachableEndpoint_ExitsTwoNamingTheProblem()
    {
        var run = await CliProcess.RunAsync(
            new Dictionary<string, string>
            {
                ["HOME"] = _home,
                ["AWS_ACCESS_KEY_ID"] = "AKIDEXAMPLE",
                ["AWS_SECRET_ACCESS_KEY"] = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                ["AWS_REGION"] = "us-east-1",
            },
            "scan", "--endpoint-url", "http://127.0.0.1:9");
        run.AssertUsageError("could not reach AWS STS");
    }

    [Fact]
    public async Task ExternalIdWithoutRole_IsAUsageError() =>
        (await CliRun.Of("scan", "--external-id", "x")).AssertUsageError("--external-id needs --role-arn");

    [Fact]
    public async Task EndpointThatIsNotAUrl_IsAUsageError() =>
        (await CliRun.Of("scan", "--endpoint-url", "not a url")).AssertUsageError("--endpoint-url not a url is not an http or https URL");

    [Fact]
    public async Task OrgRoleNameWithoutOrganization_IsAUsageError() =>
        (await CliRun.Of("collect", "--org-role-name", "Audit", "--out", "x.json")).AssertUsageError("--org-role-name needs --organization");

    [Fact]
    public async Task OrganizationWithRoleArn_IsAUsageError() =>
        (await CliRun.Of("scan", "--organization", "--role-arn", "arn:aws:iam::111122223333:role/x")).AssertUsageError("--organization and --role-arn cannot be combined");
}
