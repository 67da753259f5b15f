namespace Vigil.Aws.Models;

/// <summary>A reference to a shape from a structure member, a list element or a map key or value, with the
/// serialisation traits the reference adds.</summary>
public sealed class Member
{
    internal Member(string name, Shape shape)
    {
        Name = name;
        Shape = shape;
    }

    public string Name { get; }
    public Shape Shape { get; }
    public MemberLocation Location { get; internal init; }
    public string? LocationName { get; internal init; }
    /// <summary>The EC2 protocol's request parameter name, when it differs from the capitalised locationName.</summary>
    public string? QueryName { get; internal init; }
    public bool XmlAttribute { get; internal init; }
    public XmlNamespace? XmlNamespace { get; internal init; }
    public string? TimestampFormat { get; internal init; }
    /// <summary>A string that carries JSON (sent base64-encoded in headers).</summary>
    public bool JsonValue { get; internal init; }
    public bool HostLabel { get; internal init; }
    public bool IdempotencyToken { get; internal init; }
    internal bool FlattenedOnReference { get; init; }

    public bool Flattened => FlattenedOnReference || Shape.Flattened;

    /// <summary>The name on the wire: the locationName when the model gives one, otherwise the member name.</summary>
    public string WireName => LocationName ?? Name;

    /// <summary>The timestamp format of this member, falling back to the target shape's.</summary>
    public string? EffectiveTimestampFormat => TimestampFormat ?? Shape.TimestampFormat;
}
