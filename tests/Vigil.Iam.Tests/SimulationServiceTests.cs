using System.Text.Json;
using Vigil.Iam.Simulation;

namespace Vigil.Iam.Tests;

public sealed class SimulationServiceTests
{
    [Fact]
    public async Task RunAsync_ManyLines_AnswersEveryOneInOrder()
    {
        const string allow = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}""";
        var lines = Enumerable.Range(0, 10_000).Select(i => i % 7 == 3
            ? "{not json"
            : $$"""{"id":{{i}},"principal":"arn:aws:iam::111122223333:user/u{{i}}","action":"{{(i % 2 == 0 ? "s3:GetObject" : "s3:PutObject")}}","resource":"arn:aws:s3:::b/k","resourceAccount":"111122223333","identityPolicies":[{{allow}}]}""");
        var output = new StringWriter();
        await new SimulationService().RunAsync(new StringReader(string.Join('\n', lines)), output, CancellationToken.None);

        var results = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(10_000, results.Length);
        for (var i = 0; i < results.Length; i++)
        {
            using var result = JsonDocument.Parse(results[i]);
            var root = result.RootElement;
            if (i % 7 == 3)
            {
                Assert.StartsWith("not valid JSON", root.GetProperty("error").GetString(), StringComparison.Ordinal);
                continue;
            }
            Assert.Equal(i, root.GetProperty("id").GetInt32());
            Assert.Equal(i % 2 == 0 ? "allowed" : "implicitDeny", root.GetProperty("decision").GetString());
        }
    }

    [Fact]
    public void Answer_EchoesTheIdAsGiven()
    {
        var service = new SimulationService();
        Assert.StartsWith("{\"id\":7,", service.Answer("""{"id": 7, "principal": "anonymous", "action": "s3:GetObject", "resource": "*"}"""), StringComparison.Ordinal);
        Assert.StartsWith("{\"id\":\"a\",", service.Answer("""{"id": "a", "principal": "anonymous", "action": "s3:GetObject", "resource": "*"}"""), StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_WritesTheContractShape()
    {
        var line = new SimulationService().Answer("""
            {"id": "1", "principal": "arn:aws:iam::111122223333:role/app", "action": "s3:GetObject", "resource": "arn:aws:s3:::bucket/key",
             "resourceAccount": "111122223333", "context": {"aws:SourceIp": "203.0.113.5", "aws:TagKeys": ["a", "b"], "s3:max-keys": 5},
             "identityPolicies": [{"Version": "2012-10-17", "Statement": [{"Sid": "S", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*",
               "Condition": {"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}, "ForAllValues:StringEquals": {"aws:TagKeys": ["a", "b"]}, "NumericEquals": {"s3:max-keys": 5}}}]}],
             "resourcePolicy": null, "permissionsBoundary": null, "scps": [[{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}]],
             "rcps": [], "sessionPolicy": null}
            """.ReplaceLineEndings(" "));
        Assert.Equal(
            """{"id":"1","decision":"allowed","matchedStatements":[{"policy":"identity[0]","sid":"S","effect":"Allow"},{"policy":"scp[0][0]","sid":null,"effect":"Allow"}],"error":null}""",
            line);
    }

    [Theory]
    [InlineData("[1, 2]", "JSON object")]
    [InlineData("""{"id": 1, "principal": 5, "action": "s3:GetObject", "resource": "*"}""", "principal")]
    [InlineData("""{"id": 1, "principal": "anonymous", "action": "s3:GetObject", "resource": "*", "context": {"k": {"a": 1}}}""", "\\\"k\\\"")]
    [InlineData("""{"id": 1, "principal": "anonymous", "action": "s3:GetObject", "resource": "*", "scps": [{"Statement": []}]}""", "scps")]
    [InlineData("""{"id": 1, "principal": "anonymous", "action": "s3:GetObject", "resource": "*", "rcps": [[{"Statement": {"Effect": "Allow"}}]]}""", "rcps[0][0]")]
    public void Answer_BadRequest_YieldsAnErrorNamingTheProblem(string line, string expected)
    {
        using var document = JsonDocument.Parse(new SimulationService().Answer(line));
        var error = document.RootElement.GetProperty("error").GetString()!;
        Assert.Contains(expected.Replace("\\\"", "\"", StringComparison.Ordinal), error, StringComparison.Ordinal);
        Assert.False(document.RootElement.TryGetProperty("decision", out _));
    }

    [Fact]
    public void Reader_CompilesARepeatedPolicyOnce()
    {
        var reader = new SimulationRequestReader();
        const string request = """{"principal": "anonymous", "action": "s3:GetObject", "resource": "*", "identityPolicies": [{"Statement": []}]}""";
        using var first = JsonDocument.Parse(request);
        using var second = JsonDocument.Parse(request);
        Assert.Same(reader.Read(first.RootElement).IdentityPolicies[0], reader.Read(second.RootElement).IdentityPolicies[0]);
    }
}
