using System.Text.Json;
using Vigil.Testing;

namespace Vigil.Cli.Tests.Inputs;

public sealed class CloudFormationInputTests : IDisposable
{
    private const string Template = """
        AWSTemplateFormatVersion: '2010-09-09'
        Description: Bastion security group open to the world on SSH.
        Parameters:
          Versioning:
            Type: String
        Resources:
          BastionSecurityGroup:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupName: bastion-sg
              GroupDescription: bastion
          SshFromAnywhere:
            Type: AWS::EC2::SecurityGroupIngress
            Properties:
              GroupId: !GetAtt BastionSecurityGroup.GroupId
              IpProtocol: tcp
              FromPort: 22
              ToPort: 22
              CidrIp: 0.0.0.0/0

          Reports:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: reports
              VersioningConfiguration:
                Status: !Ref Versioning
        """;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task ScanJson_OfATemplate_LocatesTheFindingAtTheResourceDeclaration()
    {
        var path = _dir.File("bastion.yaml", Template);
        var run = await CliRun.Of("scan", path, "--format", "json", "--check", "ec2-security-group-no-public-ssh", "--fail-on", "high");
        Assert.True(run.ExitCode == 1, run.Error);
        var finding = JsonDocument.Parse(run.Output).RootElement.GetProperty("findings").EnumerateArray().Single();
        Assert.Equal("fail", finding.GetProperty("status").GetString());
        Assert.Equal("bastion-sg", finding.GetProperty("resource").GetProperty("name").GetString());
        var location = finding.GetProperty("location");
        Assert.Equal(path, location.GetProperty("file").GetString());
        Assert.Equal(7, location.GetProperty("line").GetInt32());
        Assert.Equal("BastionSecurityGroup", location.GetProperty("address").GetString());
        Assert.Equal("cloudformation", JsonDocument.Parse(run.Output).RootElement.GetProperty("inputs")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task ScanSarif_OfATemplate_PointsAtTheLineOfTheResource()
    {
        var path = _dir.File("bastion.yaml", Template);
        var run = await CliRun.Of("scan", path, "--format", "sarif", "--check", "s3-bucket-versioning-enabled", "--check", "ec2-security-group-no-public-ssh");
        var results = JsonDocument.Parse(run.Output).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var lines = results.ToDictionary(
            r => r.GetProperty("ruleId").GetString()!,
            r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(7, lines["ec2-security-group-no-public-ssh"]);
        Assert.Equal(21, lines["s3-bucket-versioning-enabled"]);
        var uri = results[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString();
        Assert.Equal(new Uri(path).AbsoluteUri, uri);
    }

    [Fact]
    public async Task Scan_OfAValueOnlyKnownAtDeployment_ReportsErrorUntilTheParameterIsGiven()
    {
        var path = _dir.File("bastion.yaml", Template);
        var unknown = await CliRun.Of("scan", path, "--format", "json", "--check", "s3-bucket-versioning-enabled");
        var finding = JsonDocument.Parse(unknown.Output).RootElement.GetProperty("findings")[0];
        Assert.Equal("error", finding.GetProperty("status").GetString());
        Assert.Contains("cannot be determined from the template: VersioningConfiguration.Status is the parameter Versioning, which has no value",
            finding.GetProperty("message").GetString(), StringComparison.Ordinal);

        var given = await CliRun.Of("scan", path, "--format", "json", "--check", "s3-bucket-versioning-enabled", "--parameter", "Versioning=Enabled");
        Assert.Equal("pass", JsonDocument.Parse(given.Output).RootElement.GetProperty("findings")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Scan_OfABrokenTemplate_ExitsTwoNamingFileAndLine()
    {
        var path = _dir.File("broken.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Ref Missing\n");
        (await CliRun.Of("scan", path)).AssertUsageError($"{path}:6: Ref to Missing, which is not a parameter, resource or pseudo parameter of the template.");
    }

    [Fact]
    public async Task ScanSarif_OfAJsonTemplate_PointsAtTheLineOfTheResource()
    {
        var path = _dir.File("queue.json", """
            {
              "AWSTemplateFormatVersion": "2010-09-09",
              "Resources": {
                "Jobs": {
                  "Type": "AWS::SQS::Queue",
                  "Properties": { "SqsManagedSseEnabled": false }
                }
              }
            }
            """);
        var run = await CliRun.Of("scan", path, "--format", "sarif", "--check", "sqs-queue-encrypted-at-rest");
        Assert.True(run.ExitCode == 0, run.Error);
        var result = JsonDocument.Parse(run.Output).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single();
        Assert.Equal("sqs-queue-encrypted-at-rest", result.GetProperty("ruleId").GetString());
        Assert.Equal("fail", result.GetProperty("kind").GetString());
        Assert.Equal(4, result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
    }
}
