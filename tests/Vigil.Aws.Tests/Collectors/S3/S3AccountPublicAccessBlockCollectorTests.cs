using Vigil.Aws.Collectors.S3;
using Vigil.Core.Findings;
using Vigil.Core.Model.S3;

namespace Vigil.Aws.Tests.Collectors.S3;

public sealed class S3AccountPublicAccessBlockCollectorTests
{
    [Fact]
    public async Task Collect_ReadsTheAccountSettings_IntoTheAccountRecord()
    {
        using var aws = new FakeAws();
        aws.On("s3control:GetPublicAccessBlock", _ => S3Wire.PublicAccessBlock(true, true, true, false, S3Wire.ControlNs));

        var snapshot = await CollectorRun.CollectAsync(aws, "us-east-1", new S3AccountPublicAccessBlockCollector());

        Assert.Empty(snapshot.Errors);
        var account = Assert.Single(snapshot.Accounts);
        Assert.Equal(CollectorRun.AccountId, account.AccountId);
        Assert.Equal(new PublicAccessBlock { BlockPublicAcls = true, IgnorePublicAcls = true, BlockPublicPolicy = true, RestrictPublicBuckets = false }, account.S3PublicAccessBlock);
        Assert.Equal("GetPublicAccessBlock", Assert.Single(aws.Requests).Operation);
    }

    [Fact]
    public async Task Collect_NoConfiguration_IsAllFourSwitchesOff_NotAnError()
    {
        using var aws = new FakeAws();
        aws.On("s3control:GetPublicAccessBlock", _ => S3Wire.NotFound("NoSuchPublicAccessBlockConfiguration"));

        var snapshot = await CollectorRun.CollectAsync(aws, "us-east-1", new S3AccountPublicAccessBlockCollector());

        Assert.Empty(snapshot.Errors);
        Assert.Equal(new PublicAccessBlock(), Assert.Single(snapshot.Accounts).S3PublicAccessBlock);
    }

    [Fact]
    public async Task Collect_Denied_LeavesTheSettingsUnreadable_AndTheCheckErrs()
    {
        using var aws = new FakeAws();
        aws.On("s3control:GetPublicAccessBlock", _ => FakeReply.AccessDenied("s3control"));

        var snapshot = await CollectorRun.CollectAsync(aws, "us-east-1", new S3AccountPublicAccessBlockCollector());

        var account = Assert.Single(snapshot.Accounts);
        Assert.Null(account.S3PublicAccessBlock);
        Assert.Equal(["S3PublicAccessBlock"], account.Unreadable);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("s3control", "GetPublicAccessBlock", "AccessDenied", "S3PublicAccessBlock"), (error.Service, error.Operation, error.ErrorCode, error.Property));
        Assert.Equal(FindingStatus.Error, CollectorRun.Check(snapshot, "s3-account-public-access-block-enabled", account.Arn).Status);
    }
}
