using System.Text.Json;

namespace Vigil.Cli.Tests;

public sealed class IamSimulateCommandTests
{
    private const string AllowS3 = """{"Version": "2012-10-17", "Statement": [{"Sid": "S3", "Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}""";

    [Fact]
    public async Task Simulate_AnswersEveryLineInOrder()
    {
        var input = string.Join('\n',
            $$"""{"id": "1", "principal": "arn:aws:iam::111122223333:role/app", "action": "s3:GetObject", "resource": "arn:aws:s3:::b/k", "identityPolicies": [{{AllowS3}}]}""",
            $$"""{"id": "2", "principal": "arn:aws:iam::111122223333:role/app", "action": "ec2:RunInstances", "resource": "*", "identityPolicies": [{{AllowS3}}]}""",
            $$$"""{"id": 3, "principal": "arn:aws:iam::111122223333:role/app", "action": "s3:GetObject", "resource": "arn:aws:s3:::b/k", "identityPolicies": [{{{AllowS3}}}], "scps": [[{"Version": "2012-10-17", "Statement": {"Effect": "Deny", "Action": "*", "Resource": "*"}}]]}""");
        var (code, lines) = await Simulate(input);

        Assert.Equal(0, code);
        Assert.Equal(3, lines.Count);
        Assert.Equal("1", lines[0].GetProperty("id").GetString());
        Assert.Equal("allowed", lines[0].GetProperty("decision").GetString());
        Assert.Equal("identity[0]", lines[0].GetProperty("matchedStatements")[0].GetProperty("policy").GetString());
        Assert.Equal("S3", lines[0].GetProperty("matchedStatements")[0].GetProperty("sid").GetString());
        Assert.Equal(JsonValueKind.Null, lines[0].GetProperty("error").ValueKind);
        Assert.Equal("implicitDeny", lines[1].GetProperty("decision").GetString());
        Assert.Equal(3, lines[2].GetProperty("id").GetInt32());
        Assert.Equal("explicitDeny", lines[2].GetProperty("decision").GetString());
        Assert.Equal("scp[0][0]", lines[2].GetProperty("matchedStatements")[0].GetProperty("policy").GetString());
    }

    [Fact]
    public async Task Simulate_MalformedLine_YieldsAnErrorAndTheStreamContinues()
    {
        var input = string.Join('\n',
            "{not json",
            """{"id": "bad-policy", "principal": "anonymous", "action": "s3:GetObject", "resource": "*", "identityPolicies": [{"Statement": [{"Effect": "Perhaps", "Action": "*"}]}]}""",
            """{"id": "no-action", "principal": "anonymous", "resource": "*"}""",
            "",
            """{"id": "ok", "principal": "anonymous", "action": "s3:GetObject", "resource": "*"}""");
        var (code, lines) = await Simulate(input);

        Assert.Equal(0, code);
        Assert.Equal(4, lines.Count);
        Assert.Equal(JsonValueKind.Null, lines[0].GetProperty("id").ValueKind);
        Assert.Contains("JSON", lines[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("bad-policy", lines[1].GetProperty("id").GetString());
        Assert.Contains("identityPolicies[0]", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("Effect", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("action", lines[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("implicitDeny", lines[3].GetProperty("decision").GetString());
    }

    [Fact]
    public async Task Simulate_EmptyInput_WritesNothing()
    {
        var (code, lines) = await Simulate("");
        Assert.Equal(0, code);
        Assert.Empty(lines);
    }

    [Fact]
    public async Task Simulate_Help_DescribesTheService()
    {
        var run = await CliRun.Of("iam", "simulate", "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("JSON", run.Output, StringComparison.Ordinal);
    }

    private static async Task<(int Code, List<JsonElement> Lines)> Simulate(string input)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await VigilApp.RunAsync(["iam", "simulate"], new StringReader(input), output, error, CancellationToken.None);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();
        return (code, lines);
    }
}
