namespace Vigil.Importers.CloudFormation.Resolution;

internal sealed record CfnList(IReadOnlyList<CfnValue> Items) : CfnValue
{
    public bool Equals(CfnList? other) => other is not null && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => Items.Count;
}
