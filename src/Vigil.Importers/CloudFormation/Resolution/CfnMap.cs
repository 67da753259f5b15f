namespace Vigil.Importers.CloudFormation.Resolution;

/// <summary>A mapping, its keys in template order.</summary>
internal sealed record CfnMap(IReadOnlyList<KeyValuePair<string, CfnValue>> Entries) : CfnValue
{
    public static readonly CfnMap Empty = new([]);

    public CfnValue? this[string key] => Entries.FirstOrDefault(e => e.Key == key).Value;

    public bool Equals(CfnMap? other) => other is not null && Entries.SequenceEqual(other.Entries);

    public override int GetHashCode() => Entries.Count;
}
