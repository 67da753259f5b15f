using Vigil.Core.Checks;
using Vigil.Core.Findings;
using Vigil.Core.Model;
using Vigil.Core.Model.Account;
using Vigil.Core.Responsibilities;
using Vigil.Core.Tests.Engine;
using Vigil.Testing;

namespace Vigil.Core.Tests.Responsibilities;

public sealed class ResponsibilityMatrixBuilderTests
{
    private static readonly ServiceResponsibility Storage = ServiceFileReader.Read(
        ServiceFileReaderTests.Valid.Replace("checks: [s3-bucket-policy-no-public-read]", "checks: [s3-test-versioning, s3-test-anything]", StringComparison.Ordinal),
        "demo.yaml");

    private static readonly ServiceResponsibility Watcher = ServiceFileReader.Read(
        ServiceFileReaderTests.Valid.Replace("id: demo", "id: watcher", StringComparison.Ordinal)
            .Replace("resourceTypes: [AWS::S3::Bucket]", "settings: [guardduty]", StringComparison.Ordinal),
        "watcher.yaml");

    private static readonly ResponsibilityCatalog Catalog = new([Storage, Watcher], [new AwsDuty("physical", "Guards buildings.")],
        [new EvidenceReport("soc-2", "SOC 2 Type 2", "A report.")]);

    private static readonly ICheck Versioning = new VersioningCheck();
    private static readonly ICheck Anything = new AnythingCheck();

    [Fact]
    public void Build_ListsOnlyServicesPresentInTheEstate()
    {
        var snapshot = new Snapshot { S3Buckets = [TestResources.Bucket("a"), TestResources.Bucket("b")] };
        var matrix = ResponsibilityMatrixBuilder.Build(Catalog, snapshot, []);
        var service = Assert.Single(matrix.Services);
        Assert.Equal("demo", service.Service.Id);
        Assert.Equal(2, service.Resources);
    }

    [Fact]
    public void Build_AnInventoriedAccountSettingMakesItsServicePresent()
    {
        var region = new AccountRegion { Arn = "arn:aws:ec2:eu-west-1:111122223333:account-settings", Name = "eu-west-1", AccountId = "111122223333", Region = "eu-west-1", GuardDuty = GuardDutyDetector.None };
        var matrix = ResponsibilityMatrixBuilder.Build(Catalog, new Snapshot { AccountRegions = [region] }, []);
        var service = Assert.Single(matrix.Services);
        Assert.Equal("watcher", service.Service.Id);
        Assert.Equal(["guardduty"], service.Settings);
    }

    [Fact]
    public void Build_ACollectionErrorMakesItsServicePresent()
    {
        var error = new CollectionError { AccountId = "111122223333", Service = "s3", Operation = "ListBuckets", ErrorCode = "AccessDenied", ResourceType = ResourceTypes.S3Bucket };
        var service = Assert.Single(ResponsibilityMatrixBuilder.Build(Catalog, new Snapshot { Errors = [error] }, []).Services);
        Assert.Equal(1, service.CollectionErrors);
        Assert.Equal(0, service.Resources);
    }

    [Fact]
    public void Build_ADutyFailsWhenAnyOfItsFindingsFails()
    {
        var a = TestResources.Bucket("a");
        var b = TestResources.Bucket("b");
        var duty = CustomerDuty(Build([a, b], Finding(Versioning, a, FindingStatus.Pass), Finding(Versioning, b, FindingStatus.Fail),
            Finding(Anything, a, FindingStatus.Error), Finding(Anything, b, FindingStatus.Pass)));
        Assert.Equal(DutyStatus.Fail, duty.Status);
        Assert.Equal((2, 1, 1), (duty.Pass, duty.Fail, duty.Error));
        Assert.Equal(new CheckTally("s3-test-versioning", 1, 1, 0, 0), duty.Checks[0]);
        Assert.Equal(new CheckTally("s3-test-anything", 1, 0, 1, 0), duty.Checks[1]);
    }

    [Fact]
    public void Build_ADutyWithoutFailuresErrorsWhenAFindingErrored()
    {
        var a = TestResources.Bucket("a");
        Assert.Equal(DutyStatus.Error, CustomerDuty(Build([a], Finding(Versioning, a, FindingStatus.Pass), Finding(Anything, a, FindingStatus.Error))).Status);
    }

    [Fact]
    public void Build_ADutyPassesWhenEveryFindingPassed()
    {
        var a = TestResources.Bucket("a");
        Assert.Equal(DutyStatus.Pass, CustomerDuty(Build([a], Finding(Versioning, a, FindingStatus.Pass), Finding(Anything, a, FindingStatus.Pass))).Status);
    }

    [Fact]
    public void Build_ADutyWhoseChecksFoundNothingIsNotApplicable()
    {
        var duty = CustomerDuty(Build([TestResources.Bucket("a")]));
        Assert.Equal(DutyStatus.NotApplicable, duty.Status);
        Assert.All(duty.Checks, c => Assert.Equal(0, c.Total));
    }

    [Fact]
    public void Build_OwnersAndManualDuties()
    {
        var service = Build([TestResources.Bucket("a")]);
        var manual = service.Duties.Single(d => d.Id == "classify");
        Assert.Equal((Responsibility.Customer, DutyStatus.Manual, "Attest that the data is classified."), (manual.Owner, manual.Status, manual.Manual));
        var shared = service.Duties.Where(d => d.Owner == Responsibility.Shared).ToList();
        Assert.Equal(SharedControlIds.All, shared.Select(d => d.Id));
        Assert.Equal("Patches the servers.", shared[0].AwsPart);
        Assert.Equal(DutyStatus.NotApplicable, shared[1].Status);
        var aws = Assert.Single(service.Duties, d => d.Owner == Responsibility.Aws);
        Assert.Equal(DutyStatus.Manual, aws.Status);
        Assert.Contains("SOC 2 Type 2", aws.Manual, StringComparison.Ordinal);
    }

    private static ServiceResult Build(IReadOnlyList<Model.S3.S3Bucket> buckets, params Finding[] findings) =>
        Assert.Single(ResponsibilityMatrixBuilder.Build(Catalog, new Snapshot { S3Buckets = buckets }, findings).Services);

    private static DutyResult CustomerDuty(ServiceResult service) => service.Duties.Single(d => d.Id == "private");

    private static Finding Finding(ICheck check, Resource resource, FindingStatus status) => new(check, resource, status, "message");
}
