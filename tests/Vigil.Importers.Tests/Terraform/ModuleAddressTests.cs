using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Tests.Terraform;

public sealed class ModuleAddressTests
{
    [Fact]
    public void CallNames_DropInstanceKeysEvenWhenTheyHoldDots()
    {
        Assert.Equal(["net", "zone"], ModuleAddress.CallNames("module.net[\"eu.west\"].module.zone[0]"));
    }

    [Fact]
    public void CallNames_OfTheRootModule_AreNone()
    {
        Assert.Empty(ModuleAddress.CallNames(""));
    }

    [Fact]
    public void Parent_OfANestedModuleInstance_IsItsCaller()
    {
        Assert.Equal("module.net[\"a\"]", ModuleAddress.Parent("module.net[\"a\"].module.zone[0]"));
        Assert.Equal("", ModuleAddress.Parent("module.net"));
    }

    [Fact]
    public void AttributePath_SplitsNamesAndIndexes()
    {
        Assert.Equal(["rule", 0, "destination", 1, "bucket"], AttributePath.Steps("rule[0].destination[1].bucket"));
    }
}
