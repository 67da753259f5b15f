using Vigil.Core.Responsibilities;

namespace Vigil.Core.Tests.Responsibilities;

public sealed class ResponsibilityCatalogTests
{
    private static ResponsibilityCatalog Catalog => ResponsibilityCatalog.BuiltIn;

    [Fact]
    public void BuiltIn_HasAtLeastFortyFiveServices() => Assert.True(Catalog.Services.Count >= 45, $"{Catalog.Services.Count} services");

    [Fact]
    public void BuiltIn_ServiceIdsAreUnique() =>
        Assert.Empty(Catalog.Services.GroupBy(s => s.Id).Where(g => g.Count() > 1).Select(g => g.Key));

    [Fact]
    public void BuiltIn_DutyIdsAreUniqueWithinEachService()
    {
        foreach (var service in Catalog.Services)
        {
            var ids = service.AwsDuties.Select(d => d.Id).Concat(service.CustomerDuties.Select(d => d.Id)).Concat(service.SharedControls.Select(c => c.Id));
            Assert.True(ids.GroupBy(i => i).All(g => g.Count() == 1), service.Id);
        }
    }

    [Fact]
    public void BuiltIn_EveryServiceHasAValidCategoryAndBasis()
    {
        Assert.All(Catalog.Services, s =>
        {
            Assert.True(Enum.IsDefined(s.Category), s.Id);
            Assert.True(Enum.IsDefined(s.CategoryBasis), s.Id);
        });
        Assert.All(Enum.GetValues<ServiceCategory>(), category => Assert.Contains(Catalog.Services, s => s.Category == category));
    }

    [Fact]
    public void BuiltIn_EveryServiceDescribesAllThreeSharedControls() =>
        Assert.All(Catalog.Services, s => Assert.Equal(SharedControlIds.All, s.SharedControls.Select(c => c.Id)));

    [Fact]
    public void BuiltIn_EveryDutyIsVerifiedByChecksOrAttestedManually()
    {
        foreach (var service in Catalog.Services)
        {
            Assert.NotEmpty(service.CustomerDuties);
            Assert.NotEmpty(service.AwsDuties);
            Assert.All(service.CustomerDuties, d => Assert.True((d.Checks.Count > 0) != (d.Manual is not null), $"{service.Id}/{d.Id}"));
            Assert.All(service.SharedControls, c => Assert.True((c.Checks.Count > 0) != (c.Manual is not null), $"{service.Id}/{c.Id}"));
        }
    }

    [Fact]
    public void BuiltIn_EveryServiceNamesEvidenceOfItsAwsSide()
    {
        var known = Catalog.Evidence.Select(e => e.Id).ToHashSet();
        Assert.All(Catalog.Services, s =>
        {
            Assert.NotEmpty(s.Evidence);
            Assert.All(s.Evidence, e => Assert.Contains(e, known));
        });
        Assert.Contains(Catalog.Evidence, e => e.Id == "soc-2");
        Assert.NotEmpty(Catalog.CommonAwsDuties);
    }

    [Fact]
    public void BuiltIn_CategoriesFollowTheReference()
    {
        Assert.Equal(ServiceCategory.Infrastructure, Catalog.Find("ec2")!.Category);
        Assert.Equal(ServiceCategory.Container, Catalog.Find("rds")!.Category);
        Assert.Equal(ServiceCategory.Abstracted, Catalog.Find("s3")!.Category);
        Assert.Equal(CategoryBasis.AwsNamed, Catalog.Find("s3")!.CategoryBasis);
        Assert.Equal(CategoryBasis.Derived, Catalog.Find("elb")!.CategoryBasis);
    }

    [Fact]
    public void Constructor_RejectsUnknownEvidence()
    {
        var service = ServiceFileReader.Read(ServiceFileReaderTests.Valid, "x.yaml") with { Evidence = ["soc-9"] };
        var error = Assert.Throws<InvalidDataException>(() => new ResponsibilityCatalog([service], [], [new EvidenceReport("soc-2", "SOC 2", "report")]));
        Assert.Contains("'soc-9' is not an evidence report", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_RejectsDuplicateServices()
    {
        var service = ServiceFileReader.Read(ServiceFileReaderTests.Valid, "x.yaml");
        var error = Assert.Throws<InvalidDataException>(() => new ResponsibilityCatalog([service, service], [], [new EvidenceReport("soc-2", "SOC 2", "report")]));
        Assert.Contains("service id 'demo' is defined more than once", error.Message, StringComparison.Ordinal);
    }
}
