namespace Vigil.Importers.CloudFormation.Resolution;

/// <summary>Splits an Fn::Sub string into literal text and <c>${Name}</c> variables; <c>${!Text}</c> is the literal <c>${Text}</c>.</summary>
internal static class SubstitutionParts
{
    /// <summary>Each part is (text, isVariable); null when a <c>${</c> is never closed.</summary>
    public static List<(string Text, bool IsVariable)>? Split(string template)
    {
        var parts = new List<(string, bool)>();
        var literal = new System.Text.StringBuilder();
        var i = 0;
        while (i < template.Length)
        {
            if (template[i] == '$' && i + 1 < template.Length && template[i + 1] == '{')
            {
                var end = template.IndexOf('}', i + 2);
                if (end < 0) return null;
                var inner = template[(i + 2)..end];
                if (inner.StartsWith('!'))
                {
                    literal.Append("${").Append(inner[1..]).Append('}');
                }
                else
                {
                    if (literal.Length > 0) parts.Add((literal.ToString(), false));
                    literal.Clear();
                    parts.Add((inner.Trim(), true));
                }
                i = end + 1;
                continue;
            }
            literal.Append(template[i]);
            i++;
        }
        if (literal.Length > 0) parts.Add((literal.ToString(), false));
        return parts;
    }
}
