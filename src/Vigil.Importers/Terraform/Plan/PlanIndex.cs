namespace Vigil.Importers.Terraform.Plan;

/// <summary>The planned instances by type and by the configuration block that declares them.</summary>
internal sealed class PlanIndex
{
    private readonly ILookup<string, PlanInstance> _byType;
    private readonly ILookup<(ConfigModule, string), PlanInstance> _byBlock;

    public PlanIndex(IReadOnlyList<PlanInstance> instances)
    {
        All = instances;
        _byType = instances.ToLookup(i => i.Type, StringComparer.Ordinal);
        _byBlock = instances.Where(i => i.Config is not null).ToLookup(i => (i.Config!.Module, i.LocalAddress));
    }

    public IReadOnlyList<PlanInstance> All { get; }

    public IEnumerable<PlanInstance> OfType(string type) => _byType[type];

    /// <summary>The instances of the block TYPE.NAME of a configuration module.</summary>
    public IEnumerable<PlanInstance> OfBlock(ConfigModule module, string localAddress) => _byBlock[(module, localAddress)];
}
