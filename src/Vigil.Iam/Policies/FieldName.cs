namespace Vigil.Iam.Policies;

/// <summary>A dotted field path (Condition.StringEquals.aws:username) joined only when an error needs it.</summary>
internal readonly record struct FieldName(string Head, string? Middle = null, string? Tail = null)
{
    public static implicit operator FieldName(string head) => new(head);

    public override string ToString() => Middle is null ? Head : Tail is null ? $"{Head}.{Middle}" : $"{Head}.{Middle}.{Tail}";
}
