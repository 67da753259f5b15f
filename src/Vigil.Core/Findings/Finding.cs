using Vigil.Core.Checks;
using Vigil.Core.Model;

namespace Vigil.Core.Findings;

/// <summary>One check's verdict on one resource. Kept small: the resource reference and the default
/// message are derived on demand, and a pass keeps no message of its own — checks are pure, so it is asked
/// of the check again when wanted — so a scan of a million resources stays within memory.</summary>
public sealed class Finding
{
    private readonly Resource? _resource;

    /// <summary>A fail's message (string), a pass's context to recompute its message from (CheckContext), or the rare
    /// rest (FindingDetails).</summary>
    private readonly object? _detail;

    public Finding(ICheck check, Resource resource, FindingStatus status, string? message)
    {
        Check = check;
        _resource = resource;
        Status = status;
        _detail = message;
    }

    public Finding(ICheck check, ResourceRef subject, FindingStatus status, string message)
    {
        Check = check;
        Status = status;
        _detail = new FindingDetails(subject, message, null, null, null);
    }

    /// <summary>A finding rebuilt from the parts a <see cref="FindingList"/> stores; for a pass, <paramref name="detail"/> is
    /// the context its message is recomputed from on demand instead of being held.</summary>
    internal Finding(ICheck check, Resource? resource, FindingStatus status, object? detail)
    {
        Check = check;
        _resource = resource;
        Status = status;
        _detail = detail;
    }

    private Finding(Finding original, MuteDecision mute)
    {
        Check = original.Check;
        _resource = original._resource;
        Status = FindingStatus.Muted;
        _detail = new FindingDetails(original.Details?.Subject, original.OwnMessage, original.Context, original.Status, mute);
    }

    public ICheck Check { get; }
    public FindingStatus Status { get; }

    /// <summary>For a muted finding, the status it had before the suppression applied.</summary>
    public FindingStatus? UnmutedStatus => Details?.UnmutedStatus;

    public MuteDecision? Mute => Details?.Mute;

    /// <summary>The inventoried resource, or null when the finding is about data that could not be collected.</summary>
    public Resource? Resource => _resource;

    public CheckMetadata Metadata => Check.Metadata;

    public ResourceRef ResourceRef => Details?.Subject ?? Check.Describe(_resource!);

    /// <summary>The status the finding had before any suppression.</summary>
    public FindingStatus EffectiveStatus => UnmutedStatus ?? Status;

    public string Message => OwnMessage ?? RecomputedMessage() ?? DefaultMessage();

    /// <summary>The message, recomputation context or details, as a <see cref="FindingList"/> stores them.</summary>
    internal object? Detail => _detail;

    private FindingDetails? Details => _detail as FindingDetails;

    private string? OwnMessage => _detail as string ?? Details?.Message;

    private CheckContext? Context => _detail as CheckContext ?? Details?.Context;

    public string Id => FindingId.For(Metadata.Id, ResourceRef.Arn);

    public Finding Muted(MuteDecision mute) => new(this, mute);

    private string? RecomputedMessage()
    {
        if (Context is not { } context || _resource is null) return null;
        try
        {
            return Check.Evaluate(_resource, context).Message;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }

    private string DefaultMessage()
    {
        var resource = ResourceRef;
        return Status switch
        {
            FindingStatus.Pass => $"{resource.Name}: {Metadata.Title}.",
            _ => $"{resource.Name}: {Metadata.Title} — not met.",
        };
    }
}
