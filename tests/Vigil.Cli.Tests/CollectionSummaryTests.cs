using Vigil.Cli.Inputs;
using Vigil.Core.Model;

namespace Vigil.Cli.Tests;

public sealed class CollectionSummaryTests
{
    private static CollectionError Error(string service, string code) =>
        new() { AccountId = "111122223333", Service = service, Operation = "List", ErrorCode = code, Region = "us-east-1" };

    [Fact]
    public void NoErrors_NeedNoSummary() => Assert.Null(CollectionSummary.Describe([]));

    [Fact]
    public void Errors_AreCountedByCodeWithTheirServices()
    {
        var summary = CollectionSummary.Describe([Error("s3", "AccessDenied"), Error("kms", "AccessDenied"), Error("ec2", "Throttling")]);
        Assert.Equal("3 calls failed: AccessDenied ×2 (kms, s3); Throttling ×1 (ec2). Checks that needed that data report error.", summary);
    }

    [Fact]
    public void UnassumableAccounts_AreNamedOnceEach_NotCountedAsCalls()
    {
        CollectionError Unreachable(string account, string type) =>
            new() { AccountId = account, Service = "sts", Operation = "AssumeRole", ErrorCode = "AccessDenied", ResourceType = type };
        var summary = CollectionSummary.Describe([
            Unreachable("333333333333", "AWS::S3::Bucket"), Unreachable("333333333333", "AWS::IAM::Role"), Unreachable("222222222222", "AWS::S3::Bucket"),
            Error("s3", "AccessDenied")]);
        Assert.Equal("2 accounts could not be read because the role could not be assumed: 222222222222 (AccessDenied), 333333333333 (AccessDenied). " +
                     "1 call failed: AccessDenied ×1 (s3). Checks that needed that data report error.", summary);
    }

    [Fact]
    public async Task Quiet_IsAcceptedByScan()
    {
        var run = await CliRun.Of("scan", "--demo", "--quiet", "--format", "json");
        Assert.Equal(0, run.ExitCode);
    }
}
