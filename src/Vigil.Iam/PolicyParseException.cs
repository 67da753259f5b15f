namespace Vigil.Iam;

/// <summary>A policy document that is not valid; the message names the source, the statement (index and Sid) and the field.</summary>
public sealed class PolicyParseException : Exception
{
    public PolicyParseException(string policySource, int? statementIndex, string? sid, string? field, string problem)
        : base(Describe(policySource, statementIndex, sid, field, problem))
    {
        PolicySource = policySource;
        StatementIndex = statementIndex;
        Sid = sid;
        Field = field;
    }

    public string PolicySource { get; }

    public int? StatementIndex { get; }

    public string? Sid { get; }

    public string? Field { get; }

    private static string Describe(string source, int? index, string? sid, string? field, string problem)
    {
        var where = index is null ? "" : sid is null ? $" statement {index}" : $" statement {index} (Sid \"{sid}\")";
        var what = field is null ? "" : $" field {field}";
        return $"policy {source}:{where}{what}: {problem}";
    }
}
