namespace Vigil.Iam.Policies;

/// <summary>Where in a document the parser is, to name it in an error without capturing it in a closure.</summary>
internal readonly record struct StatementLocation(string Source, int? Index, string? Sid)
{
    public PolicyParseException Fail(string? field, string problem) => new(Source, Index, Sid, field, problem);

    public PolicyParseException Fail(FieldName field, string problem) => new(Source, Index, Sid, field.ToString(), problem);
}
