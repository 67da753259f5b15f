using Vigil.Core.Model;
using Vigil.Importers.CloudFormation.Resolution;
using Vigil.Importers.CloudFormation.Stacks;

namespace Vigil.Importers.CloudFormation.Mapping;

/// <summary>The snapshot being assembled from one template (and its nested stacks), with the records each mapper
/// made, found again by any identity value of their resource (Ref, ARN, id attributes).</summary>
internal sealed class MappingContext(SnapshotBuilder builder)
{
    private const string Service = "cloudformation";
    private const string Source = "template";
    private readonly Dictionary<(Type, string), string> _arnsByIdentity = [];

    public SnapshotBuilder Builder => builder;

    /// <summary>The created resources of the template being mapped (for questions such as "does anything in the
    /// stack use this security group").</summary>
    public IReadOnlyList<ResolvedResource> StackResources { get; set; } = [];

    /// <summary>The synthetic identity of a resource of the template being mapped.</summary>
    public Func<StackResource, Identity.ResourceIdentity> IdentityOf { get; set; } = _ => throw new InvalidOperationException("No template is being mapped.");

    /// <summary>The created resource of <paramref name="type"/> in the template being mapped that a reference (a Ref,
    /// ARN or id attribute value) points at, or null.</summary>
    public ResolvedResource? Declared(CfnValue? reference, string type)
    {
        if (reference is not CfnString { Value: var value }) return null;
        return StackResources.FirstOrDefault(r => r.Declaration.Type == type && IdentityOf(r.Declaration) is var id
            && (id.Ref == value || id.Arn == value || id.Attributes.Values.Contains(value)));
    }

    /// <summary>Adds <paramref name="record"/> with the location, and the unknowns <paramref name="resource"/> recorded.</summary>
    public T Add<T>(T record, MappedResource resource) where T : Resource
    {
        var finished = record with
        {
            Location = resource.Location,
            Unreadable = record.Unreadable.Concat(resource.Unknowns.Keys).Distinct().ToList(),
        };
        builder.Add(finished);
        foreach (var (property, reason) in resource.Unknowns)
        {
            builder.Error(CollectionError.UnknownBeforeDeployment(finished, property, Service, Source, reason));
        }
        Register<T>(finished.Arn, resource.Identity.Ref, resource.Identity.Arn, resource.Name);
        foreach (var value in resource.Identity.Attributes.Values) Register<T>(finished.Arn, value);
        return finished;
    }

    /// <summary>The ARN of the record of type <typeparamref name="T"/> a reference (a Ref, an ARN, a name) points
    /// at, or null when the template does not declare it.</summary>
    public string? Target<T>(CfnValue? reference) where T : Resource =>
        reference is CfnString s && _arnsByIdentity.TryGetValue((typeof(T), s.Value), out var arn) ? arn : null;

    public void Update<T>(string arn, Func<T, T> change) where T : Resource => builder.Update(arn, change);

    /// <summary>Applies what a configuring resource sets on its target, unless that setting is unknown: a value of
    /// <paramref name="property"/> only known at deployment, or a configuring resource whose creation depends on
    /// a condition known only at deployment, makes the target's property unknown instead.</summary>
    public void Join<T>(MappedResource configuring, string arn, string property, Func<T, T> change) where T : Resource
    {
        if (configuring.UncertainCreation is { } creation) MarkUnknown<T>(arn, property, $"{configuring.LogicalId} sets it only when {creation}");
        else if (configuring.Unknowns.TryGetValue(property, out var reason)) MarkUnknown<T>(arn, property, reason);
        else Update(arn, change);
    }

    /// <summary>Marks <paramref name="property"/> of an already added record unknown.</summary>
    public void MarkUnknown<T>(string arn, string property, string reason) where T : Resource
    {
        var record = builder.Resources<T>().First(r => r.Arn == arn);
        if (record.Unreadable.Contains(property)) return;
        builder.Update<T>(arn, r => r with { Unreadable = [.. r.Unreadable, property] });
        builder.Error(CollectionError.UnknownBeforeDeployment(record, property, Service, Source, reason));
    }

    private void Register<T>(string arn, params string[] values)
    {
        foreach (var value in values) _arnsByIdentity.TryAdd((typeof(T), value), arn);
    }
}
