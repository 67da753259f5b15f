using Vigil.Core.Checks;
using Vigil.Core.Model;

namespace Vigil.Core.Findings;

/// <summary>One check's verdict on one resource. Kept small: the resource reference and the default
/// message are derived on demand, and a pass keeps no message of its own — checks are pure, so it is asked
/// of the check again when wanted — so a scan of a million resources stays within memory.</summary>
public sealed class Finding
{
    private readonly Resource? _resource;
    private readonly ResourceRef? _subject;
    private readonly string? _message;
    private readonly CheckContext? _context;

    public Finding(ICheck check, Resource resource, FindingStatus status, string? message)
    {
        Check = check;
        _resource = resource;
        Status = status;
        _message = message;
    }

    /// <summary>A pass whose message is recomputed from the check on demand instead of being held.</summary>
    public Finding(ICheck check, Resource resource, CheckContext context)
    {
        Check = check;
        _resource = resource;
        Status = FindingStatus.Pass;
        _context = context;
    }

    public Finding(ICheck check, ResourceRef subject, FindingStatus status, string message)
    {
        Check = check;
        _subject = subject;
        Status = status;
        _message = message;
    }

    private Finding(Finding original, MuteDecision mute)
    {
        Check = original.Check;
        _resource = original._resource;
        _subject = original._subject;
        _message = original._message;
        _context = original._context;
        Status = FindingStatus.Muted;
        UnmutedStatus = original.Status;
        Mute = mute;
    }

    public ICheck Check { get; }
    public FindingStatus Status { get; }

    /// <summary>For a muted finding, the status it had before the suppression applied.</summary>
    public FindingStatus? UnmutedStatus { get; }

    public MuteDecision? Mute { get; }

    /// <summary>The inventoried resource, or null when the finding is about data that could not be collected.</summary>
    public Resource? Resource => _resource;

    public CheckMetadata Metadata => Check.Metadata;

    public ResourceRef ResourceRef => _subject ?? Check.Describe(_resource!);

    /// <summary>The status the finding had before any suppression.</summary>
    public FindingStatus EffectiveStatus => UnmutedStatus ?? Status;

    public string Message => _message ?? RecomputedMessage() ?? DefaultMessage();

    public string Id => FindingId.For(Metadata.Id, ResourceRef.Arn);

    public Finding Muted(MuteDecision mute) => new(this, mute);

    private string? RecomputedMessage()
    {
        if (_context is null || _resource is null) return null;
        try
        {
            return Check.Evaluate(_resource, _context).Message;
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
