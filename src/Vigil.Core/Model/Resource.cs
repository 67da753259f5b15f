using System.Text.Json.Serialization;
using Vigil.Core.Serialization;

namespace Vigil.Core.Model;

/// <summary>Common shape of every inventoried resource. Records are immutable and null-normalised at the edge.</summary>
public abstract record Resource
{
    public required string Arn { get; init; }
    public required string Name { get; init; }
    [JsonConverter(typeof(PooledStringConverter))]
    public required string AccountId { get; init; }

    /// <summary>Null for global resources (IAM, CloudFront, the account itself).</summary>
    [JsonConverter(typeof(PooledStringConverter))]
    public string? Region { get; init; }

    [JsonConverter(typeof(PooledTagsConverter))]
    public IReadOnlyDictionary<string, string> Tags { get => field ?? ResourceDefaults.NoTags; init; }

    /// <summary>Names of the properties of this record that could not be collected (the matching
    /// <see cref="CollectionError"/> carries the reason). A check that reads one reports error.</summary>
    public IReadOnlyList<string> Unreadable { get => field ?? []; init; }

    /// <summary>Where an infrastructure-as-code input declared this resource.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>The CloudFormation type name of this resource.</summary>
    [JsonIgnore]
    public abstract string ResourceType { get; }
}
