using System.Text;
using System.Text.Json;

namespace Vigil.Iam.Lint;

/// <summary>Version, Sids and repeated statements.</summary>
internal static class DocumentRules
{
    public static void Run(LintContext context)
    {
        if (context.Policy.Version is null)
            context.Add(LintRules.NoVersion, "The policy has no Version; add \"Version\": \"2012-10-17\" (without it, ${...} policy variables are literal text).", null, "");
        else if (context.Policy.Version == "2008-10-17")
            context.Add(LintRules.OldVersion, "Version 2008-10-17 is dated: policy variables are literal text; use \"2012-10-17\".", null, "Version");
        if (context.Statements.Count == 0) context.Add(LintRules.NoStatements, "The Statement list is empty.", null, "Statement");

        var sids = new Dictionary<string, int>(StringComparer.Ordinal);
        var bodies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var statement in context.Statements)
        {
            if (statement.Sid is { } sid)
            {
                if (sids.TryGetValue(sid, out var first))
                    context.Add(LintRules.DuplicateSid, $"Sid \"{sid}\" is already used by statement {first}; Sids must be unique.", statement, $"{statement.Path}.Sid");
                else sids[sid] = statement.Index;
                if (context.IsIdentityLike && !IsAlphanumeric(sid))
                    context.Add(LintRules.InvalidSid, $"Sid \"{sid}\" may contain only letters and digits in this kind of policy.", statement, $"{statement.Path}.Sid");
            }

            if (context.Statements.Count < 2) continue;
            var body = Canonical(statement.Element);
            if (bodies.TryGetValue(body, out var same))
                context.Add(LintRules.DuplicateStatement, $"Statement {statement.Index} repeats statement {same}; remove one.", statement, statement.Path);
            else bodies[body] = statement.Index;
        }
    }

    private static bool IsAlphanumeric(string sid) => sid.All(char.IsAsciiLetterOrDigit);

    /// <summary>The statement's elements other than Sid, in name order, as written.</summary>
    private static string Canonical(JsonElement statement)
    {
        var text = new StringBuilder();
        foreach (var property in statement.EnumerateObject().Where(p => p.Name != "Sid").OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            text.Append(property.Name).Append('=').Append(property.Value.GetRawText()).Append('\n');
        }

        return text.ToString();
    }
}
