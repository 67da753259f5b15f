namespace Vigil.Importers.Terraform.Plan;

/// <summary>An attribute path as Terraform writes it ("rule[0].destination[0].bucket") split into property names
/// (strings) and list indexes (ints).</summary>
internal static class AttributePath
{
    public static IReadOnlyList<object> Steps(string path)
    {
        var steps = new List<object>();
        foreach (var part in path.Split('.'))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            steps.Add(bracket < 0 ? part : part[..bracket]);
            while (bracket >= 0)
            {
                var close = part.IndexOf(']', bracket);
                steps.Add(int.Parse(part.AsSpan(bracket + 1, close - bracket - 1), System.Globalization.CultureInfo.InvariantCulture));
                bracket = part.IndexOf('[', close);
            }
        }
        return steps;
    }
}
