namespace Vigil.Importers.Terraform.Plan;

/// <summary>Splits module instance addresses ("module.a[\"x\"].module.b[0]") into their call names.</summary>
internal static class ModuleAddress
{
    /// <summary>The module call names of a module instance address, instance keys dropped: ["a", "b"].</summary>
    public static IReadOnlyList<string> CallNames(string moduleAddress)
    {
        var names = new List<string>();
        var steps = Steps(moduleAddress);
        for (var i = 0; i + 1 < steps.Count; i += 2)
        {
            if (steps[i] == "module") names.Add(steps[i + 1]);
        }
        return names;
    }

    /// <summary>The parent module instance of a module instance ("" for a child of the root).</summary>
    public static string Parent(string moduleAddress)
    {
        var last = moduleAddress.LastIndexOf(".module.", StringComparison.Ordinal);
        return last < 0 ? "" : moduleAddress[..last];
    }

    /// <summary>The dot-separated steps of an address with bracketed instance keys removed; keys may hold quoted dots.</summary>
    private static List<string> Steps(string address)
    {
        var steps = new List<string>();
        var current = new System.Text.StringBuilder();
        var depth = 0;
        var quoted = false;
        foreach (var c in address)
        {
            if (quoted)
            {
                if (c == '"') quoted = false;
                continue;
            }
            switch (c)
            {
                case '"' when depth > 0:
                    quoted = true;
                    break;
                case '[':
                    depth++;
                    break;
                case ']':
                    depth--;
                    break;
                case '.' when depth == 0:
                    steps.Add(current.ToString());
                    current.Clear();
                    break;
                default:
                    if (depth == 0) current.Append(c);
                    break;
            }
        }
        if (current.Length > 0) steps.Add(current.ToString());
        return steps;
    }
}
