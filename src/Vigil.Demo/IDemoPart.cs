namespace Vigil.Demo;

/// <summary>One service's share of the demo estate. Parts are found by reflection and run in name order,
/// after <see cref="Parts.AccountsPart"/> has created the accounts and their regional settings.</summary>
internal interface IDemoPart
{
    void Build(DemoEstateBuilder demo);
}
