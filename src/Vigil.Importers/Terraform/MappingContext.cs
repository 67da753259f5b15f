using Vigil.Core.Model;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform;

/// <summary>What every resource mapper needs: the plan's instances, attribute reading with references, synthetic
/// identities, locations, and the snapshot being built.</summary>
internal sealed class MappingContext
{
    private readonly Dictionary<PlanInstance, ResourceIdentity> _identities = [];
    private readonly Dictionary<(string Type, string Attribute), JoinIndex> _joins = [];
    private readonly PlanDocument _plan;
    private readonly SnapshotBuilder _builder;

    public MappingContext(string file, ImportOptions options, PlanDocument plan, SnapshotBuilder builder)
    {
        File = file;
        Options = options;
        _plan = plan;
        _builder = builder;
        Index = new PlanIndex(plan.Instances);
        Reader = new AttributeReader(new ReferenceResolver(Index));
    }

    public string File { get; }
    public ImportOptions Options { get; }
    public PlanIndex Index { get; }
    public AttributeReader Reader { get; }
    public string AccountId => Options.AccountId;

    public PlanValue Read(PlanInstance instance, string path) => Reader.Read(instance, path);

    public string Region(PlanInstance instance) =>
        instance.Config?.ProviderConfigKey is { } key && _plan.ProviderRegions.TryGetValue(key, out var region) ? region : Options.Region;

    public ResourceIdentity Identity(PlanInstance instance)
    {
        if (!_identities.TryGetValue(instance, out var identity))
            _identities[instance] = identity = IdentityRules.For(instance, AccountId, Region(instance), Reader);
        return identity;
    }

    public SourceLocation Location(PlanInstance instance) => new(File, null, instance.Address);

    /// <summary>A string attribute as a record holds it: the known value, or the ARN of the planned resource it refers to.</summary>
    public string? Text(PlanValue value) => value.Kind switch
    {
        PlanValueKind.Known => value.String,
        PlanValueKind.Reference => Identity(value.Referenced!).Arn,
        _ => null,
    };

    /// <summary>A string attribute naming another resource by id: the known value, or the referenced resource's id.</summary>
    public string? IdText(PlanValue value) => value.Kind switch
    {
        PlanValueKind.Known => value.String,
        PlanValueKind.Reference => Identity(value.Referenced!).Id,
        _ => null,
    };

    /// <summary>A list of ids: the known strings, or the ids of every planned resource the expression refers to.</summary>
    public IReadOnlyList<string> IdList(PlanValue value) => value.Kind switch
    {
        PlanValueKind.Known => value.Strings,
        PlanValueKind.Reference => value.AllReferenced!.Select(r => Identity(r).Id).ToList(),
        _ => [],
    };

    /// <summary>The instances of <paramref name="type"/> whose <paramref name="attribute"/> names <paramref name="target"/>:
    /// by reference in the configuration, or by a known value equal to its name, id, ARN or URL.</summary>
    public IEnumerable<PlanInstance> Joined(PlanInstance target, string type, string attribute)
    {
        if (!_joins.TryGetValue((type, attribute), out var join)) _joins[(type, attribute)] = join = JoinIndex.Build(Index.OfType(type), attribute, Reader);
        var identity = Identity(target);
        return join.To(target, [identity.Name, identity.Arn, identity.Id, identity.Alias]);
    }

    /// <summary>The planned resource of <paramref name="type"/> a known or referencing value names, or null.</summary>
    public PlanInstance? Planned(string type, PlanValue value) => value.Referenced is { } referenced && referenced.Type == type
        ? referenced
        : value.String is { } known
            ? Index.OfType(type).FirstOrDefault(i => Identity(i) is var id && (id.Name == known || id.Arn == known || id.Id == known))
            : null;

    /// <summary>Adds the record, naming its unknown properties in Unreadable and recording why each is unknown.</summary>
    public void Add<T>(T record, Unknowns unknowns) where T : Resource
    {
        if (unknowns.Items.Count > 0) record = record with { Unreadable = unknowns.Items.Select(i => i.Property).ToList() };
        _builder.Add(record);
        foreach (var (property, reason) in unknowns.Items)
            _builder.Error(CollectionError.UnknownBeforeDeployment(record, property, "terraform", "plan", reason));
    }

    public IReadOnlyDictionary<string, string> Tags(PlanInstance instance)
    {
        var tags = Read(instance, "tags_all");
        if (!tags.IsKnown) tags = Read(instance, "tags");
        if (!tags.IsKnown || tags.Element.ValueKind != System.Text.Json.JsonValueKind.Object) return new Dictionary<string, string>();
        return tags.Element.EnumerateObject()
            .Where(p => p.Value.ValueKind == System.Text.Json.JsonValueKind.String)
            .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    }
}
