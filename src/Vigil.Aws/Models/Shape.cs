namespace Vigil.Aws.Models;

/// <summary>A botocore shape: a named type of a service's requests and responses. Shapes may be recursive, so
/// members are filled in after every shape of the service exists.</summary>
public sealed class Shape
{
    internal Shape(string name, ShapeType type)
    {
        Name = name;
        Type = type;
    }

    public string Name { get; }
    public ShapeType Type { get; }

    /// <summary>Structure members in model order.</summary>
    public IReadOnlyList<Member> Members { get; internal set; } = [];
    /// <summary>The element of a list.</summary>
    public Member? ListMember { get; internal set; }
    public Member? MapKey { get; internal set; }
    public Member? MapValue { get; internal set; }
    public IReadOnlySet<string> Required { get; internal set; } = new HashSet<string>();
    /// <summary>The member that is the whole HTTP body of a REST request or response.</summary>
    public string? Payload { get; internal set; }
    public bool Flattened { get; internal set; }
    public string? LocationName { get; internal set; }
    public XmlNamespace? XmlNamespace { get; internal set; }
    public string? TimestampFormat { get; internal set; }
    public bool IsDocument { get; internal set; }
    /// <summary>For an error shape: the error code AWS sends when it differs from the shape name.</summary>
    public string? ErrorCode { get; internal set; }

    public Member? FindMember(string name)
    {
        foreach (var member in Members)
        {
            if (member.Name == name) return member;
        }
        return null;
    }

    public override string ToString() => $"{Name} ({Type})";
}
