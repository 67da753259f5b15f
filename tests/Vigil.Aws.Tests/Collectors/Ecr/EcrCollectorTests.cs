using Vigil.Aws.Collectors.Ecr;
using Vigil.Aws.Tests.Collectors.ComputeTesting;
using Vigil.Core.Findings;
using Vigil.Core.Model;

namespace Vigil.Aws.Tests.Collectors.Ecr;

public sealed class EcrCollectorTests
{
    [Fact]
    public async Task Collect_ReadsRepositoriesFieldByField_AcrossTwoPages()
    {
        using var fake = EcrEstate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new EcrCollector());

        Assert.Empty(snapshot.Errors);
        Assert.Equal([EcrEstate.ApiArn, EcrEstate.SandboxArn], snapshot.EcrRepositories.Select(r => r.Arn));
        var api = snapshot.EcrRepositories[0];
        Assert.Equal(("prod-api", FakeAws.AccountId, FakeAws.Region), (api.Name, api.AccountId, api.Region));
        Assert.Equal("123456789012.dkr.ecr.eu-west-1.amazonaws.com/prod-api", api.RepositoryUri);
        Assert.False(api.ScanOnPush);
        Assert.True(api.EnhancedScanning);
        Assert.Equal("IMMUTABLE", api.ImageTagMutability);
        Assert.True(api.HasLifecyclePolicy);
        Assert.Equal(("KMS", "arn:aws:kms:eu-west-1:123456789012:key/ecr"), (api.EncryptionType, api.KmsKey));
        Assert.Contains("\"Principal\":\"*\"", api.Policy, StringComparison.Ordinal);
        Assert.Equal(new Dictionary<string, string> { ["data-classification"] = "internal", ["team"] = "api" }, api.Tags);

        var sandbox = snapshot.EcrRepositories[1];
        Assert.True(sandbox.ScanOnPush);
        Assert.False(sandbox.EnhancedScanning);
        Assert.Equal("MUTABLE", sandbox.ImageTagMutability);
        Assert.False(sandbox.HasLifecyclePolicy);
        Assert.Equal(("AES256", null), (sandbox.EncryptionType, sandbox.KmsKey));
        Assert.Null(sandbox.Policy);
        Assert.Empty(sandbox.Tags);
        Assert.Empty(sandbox.Unreadable);
        Assert.Contains("\"nextToken\":\"page-2\"", fake.Requests.Last(r => r.Operation == "DescribeRepositories").Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collect_WhenListingIsDenied_RecordsTheErrorAndAddsNoResources()
    {
        using var fake = EcrEstate.Register(new FakeAws()).On("api", "DescribeRepositories", _ => EcrEstate.Denied());

        var snapshot = await fake.CollectAsync(new EcrCollector());

        Assert.Empty(snapshot.EcrRepositories);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal((ResourceTypes.EcrRepository, "DescribeRepositories", "AccessDeniedException", null), (error.ResourceType, error.Operation, error.ErrorCode, error.ResourceArn));
    }

    [Fact]
    public async Task Collect_WhenDetailsAreDenied_KeepsTheRepositoriesWithUnreadableProperties()
    {
        using var fake = EcrEstate.Register(new FakeAws())
            .On("api", "GetRepositoryPolicy", _ => EcrEstate.Denied())
            .On("api", "GetRegistryScanningConfiguration", _ => EcrEstate.Denied());

        var snapshot = await fake.CollectAsync(new EcrCollector());

        Assert.All(snapshot.EcrRepositories, r => Assert.Equal(["Policy", "EnhancedScanning"], r.Unreadable));
        Assert.Equal(4, snapshot.Errors.Count);
        Assert.All(snapshot.Errors, e => Assert.Equal("AccessDeniedException", e.ErrorCode));
        Assert.True(snapshot.EcrRepositories[0].HasLifecyclePolicy);
    }

    [Fact]
    public async Task Collect_WhenTagsAreDenied_KeepsTheRepositoryWithTagsUnreadable()
    {
        using var fake = EcrEstate.Register(new FakeAws())
            .On("api", "ListTagsForResource", r => r.Body.Contains(EcrEstate.SandboxArn, StringComparison.Ordinal) ? EcrEstate.Denied() : FakeAws.Json("""{"tags":[]}"""));

        var snapshot = await fake.CollectAsync(new EcrCollector());

        var sandbox = snapshot.EcrRepositories.Single(r => r.Arn == EcrEstate.SandboxArn);
        Assert.Equal(["Tags"], sandbox.Unreadable);
        Assert.Empty(sandbox.Tags);
        Assert.True(sandbox.ScanOnPush);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal((EcrEstate.SandboxArn, "Tags", "ListTagsForResource", "AccessDeniedException"), (error.ResourceArn, error.Property, error.Operation, error.ErrorCode));
        Assert.Empty(snapshot.EcrRepositories.Single(r => r.Arn == EcrEstate.ApiArn).Unreadable);
    }

    [Fact]
    public async Task Checks_OnUnreadablePolicyAndScanning_ReportErrorNotPass()
    {
        using var fake = EcrEstate.Register(new FakeAws())
            .On("api", "GetRepositoryPolicy", _ => EcrEstate.Denied())
            .On("api", "GetRegistryScanningConfiguration", _ => EcrEstate.Denied());

        var snapshot = await fake.CollectAsync(new EcrCollector());

        Assert.Equal(FindingStatus.Error, CheckRun.StatusOf(snapshot, "ecr-repository-policy-no-public-access", EcrEstate.SandboxArn));
        Assert.Equal(FindingStatus.Error, CheckRun.StatusOf(snapshot, "ecr-repository-image-scanning", EcrEstate.SandboxArn));
    }

    [Fact]
    public async Task Checks_OnTheReadableEstate_FindThePublicRepository()
    {
        using var fake = EcrEstate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new EcrCollector());

        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(snapshot, "ecr-repository-policy-no-public-access", EcrEstate.ApiArn));
        Assert.Equal(FindingStatus.Pass, CheckRun.StatusOf(snapshot, "ecr-repository-policy-no-public-access", EcrEstate.SandboxArn));
        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(snapshot, "ecr-repository-lifecycle-policy", EcrEstate.SandboxArn));
    }
}
