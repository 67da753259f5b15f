using Vigil.Aws.Collectors.Lambda;
using Vigil.Aws.Tests.Collectors.ComputeTesting;
using Vigil.Core.Findings;
using Vigil.Core.Model;

namespace Vigil.Aws.Tests.Collectors.Lambda;

public sealed class LambdaLayerCollectorTests
{
    [Fact]
    public async Task Collect_ReadsEveryVersionFieldByField_AcrossPagesOfLayersAndVersions()
    {
        using var fake = LambdaLayerEstate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new LambdaLayerCollector());

        Assert.Empty(snapshot.Errors);
        var layers = snapshot.LambdaLayerVersions.OrderBy(l => l.Arn, StringComparer.Ordinal).ToList();
        Assert.Equal([LambdaLayerEstate.PrivateArn, LambdaLayerEstate.PartnerArn, LambdaLayerEstate.PublicArn], layers.Select(l => l.Arn));

        var open = layers[2];
        Assert.Equal(("shared-libs:3", "shared-libs", 3L), (open.Name, open.LayerName, open.Version));
        Assert.Equal((FakeAws.AccountId, FakeAws.Region), (open.AccountId, open.Region));
        Assert.Equal("Shared Python libraries", open.Description);
        Assert.Equal(["python3.11", "python3.12"], open.CompatibleRuntimes);
        Assert.Equal(["x86_64", "arm64"], open.CompatibleArchitectures);
        Assert.Equal(new DateTimeOffset(2024, 4, 2, 10, 15, 30, 123, TimeSpan.Zero), open.CreatedDate);
        Assert.Equal("MIT", open.LicenseInfo);
        Assert.Contains("\"Principal\":\"*\"", open.Policy, StringComparison.Ordinal);
        Assert.Empty(open.Unreadable);

        var partner = layers[1];
        Assert.Equal(2L, partner.Version);
        Assert.Equal(["python3.11"], partner.CompatibleRuntimes);
        Assert.Empty(partner.CompatibleArchitectures);
        Assert.Null(partner.LicenseInfo);
        Assert.Contains($"arn:aws:iam::{LambdaLayerEstate.Partner}:root", partner.Policy, StringComparison.Ordinal);

        var closed = layers[0];
        Assert.Equal(("private-utils", 1L), (closed.LayerName, closed.Version));
        Assert.Null(closed.Description);
        Assert.Null(closed.Policy);
        Assert.Empty(closed.Unreadable);

        Assert.Equal("layers-page-2", fake.Requests.Where(r => r.Operation == "GET /2018-10-31/layers").Last().QueryParameter("Marker"));
        Assert.Equal("versions-page-2", fake.Requests.Where(r => r.Operation == "GET /2018-10-31/layers/shared-libs/versions").Last().QueryParameter("Marker"));
    }

    [Fact]
    public async Task Collect_WhenListingLayersIsDenied_RecordsTheErrorAndAddsNoResources()
    {
        using var fake = LambdaLayerEstate.Register(new FakeAws())
            .On("lambda", "GET /2018-10-31/layers", _ => LambdaEstate.Denied("lambda:ListLayers"));

        var snapshot = await fake.CollectAsync(new LambdaLayerCollector());

        Assert.Empty(snapshot.LambdaLayerVersions);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal((ResourceTypes.LambdaLayerVersion, "ListLayers", "AccessDeniedException", null), (error.ResourceType, error.Operation, error.ErrorCode, error.ResourceArn));
    }

    [Fact]
    public async Task Collect_WhenListingOneLayersVersionsIsDenied_RecordsAListingErrorAndKeepsTheOtherLayer()
    {
        using var fake = LambdaLayerEstate.Register(new FakeAws())
            .On("lambda", "GET /2018-10-31/layers/shared-libs/versions", _ => LambdaEstate.Denied("lambda:ListLayerVersions"));

        var snapshot = await fake.CollectAsync(new LambdaLayerCollector());

        Assert.Equal([LambdaLayerEstate.PrivateArn], snapshot.LambdaLayerVersions.Select(l => l.Arn));
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal((ResourceTypes.LambdaLayerVersion, "ListLayerVersions", null), (error.ResourceType, error.Operation, error.ResourceArn));
    }

    [Fact]
    public async Task Collect_WhenAPolicyReadIsDenied_KeepsTheVersionWithItsPolicyUnreadable()
    {
        using var fake = LambdaLayerEstate.Register(new FakeAws())
            .On("lambda", "GET /2018-10-31/layers/shared-libs/versions/3/policy", _ => LambdaEstate.Denied("lambda:GetLayerVersionPolicy"));

        var snapshot = await fake.CollectAsync(new LambdaLayerCollector());

        var open = snapshot.LambdaLayerVersions.Single(l => l.Arn == LambdaLayerEstate.PublicArn);
        Assert.Null(open.Policy);
        Assert.Equal(["Policy"], open.Unreadable);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("GetLayerVersionPolicy", "Policy", "AccessDeniedException", LambdaLayerEstate.PublicArn), (error.Operation, error.Property, error.ErrorCode, error.ResourceArn));
        Assert.All(snapshot.LambdaLayerVersions.Where(l => l.Arn != LambdaLayerEstate.PublicArn), l => Assert.Empty(l.Unreadable));
    }

    [Fact]
    public async Task Checks_OnTheCollectedLayers_FailPublicAndForeignSharesAndErrOnAnUnreadablePolicy()
    {
        using var readable = LambdaLayerEstate.Register(new FakeAws());
        var snapshot = await readable.CollectAsync(new LambdaLayerCollector());

        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(snapshot, "lambda-layer-version-not-public", LambdaLayerEstate.PublicArn));
        Assert.Equal(FindingStatus.Pass, CheckRun.StatusOf(snapshot, "lambda-layer-version-not-public", LambdaLayerEstate.PrivateArn));
        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(snapshot, "lambda-layer-version-no-foreign-account-access", LambdaLayerEstate.PartnerArn));

        using var denied = LambdaLayerEstate.Register(new FakeAws())
            .On("lambda", "GET /2018-10-31/layers/shared-libs/versions/3/policy", _ => LambdaEstate.Denied("lambda:GetLayerVersionPolicy"));
        var unreadable = await denied.CollectAsync(new LambdaLayerCollector());

        Assert.Equal(FindingStatus.Error, CheckRun.StatusOf(unreadable, "lambda-layer-version-not-public", LambdaLayerEstate.PublicArn));
        Assert.Equal(FindingStatus.Error, CheckRun.StatusOf(unreadable, "lambda-layer-version-no-foreign-account-access", LambdaLayerEstate.PublicArn));
    }
}
