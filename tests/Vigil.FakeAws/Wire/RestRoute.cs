using Vigil.Aws.Models;

namespace Vigil.ScriptedAws.Wire;

/// <summary>Matches a REST request to the operation whose requestUri template fits it best: every literal path
/// segment equal, labels ({Bucket}) and greedy labels ({Key+}) filled, every fixed query key (?policy,
/// ?list-type=2) present. More literal segments, then more fixed query keys, win.</summary>
internal sealed record RestRoute(Operation Operation, IReadOnlyDictionary<string, string> Labels)
{
    public static RestRoute? Match(IEnumerable<ServiceModel> services, FakeRequest request)
    {
        RestRoute? best = null;
        var bestScore = -1;
        foreach (var operation in services.SelectMany(s => s.Operations).Where(o => o.HttpMethod == request.Method))
        {
            var score = Score(operation.RequestUri, request, out var labels);
            if (score > bestScore)
            {
                (best, bestScore) = (new RestRoute(operation, labels), score);
            }
        }
        return best;
    }

    private static int Score(string template, FakeRequest request, out Dictionary<string, string> labels)
    {
        labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var question = template.IndexOf('?', StringComparison.Ordinal);
        var pathTemplate = question < 0 ? template : template[..question];
        var fixedQuery = question < 0 ? [] : FormBody.Parse(template[(question + 1)..]);
        foreach (var (key, value) in fixedQuery)
        {
            var actual = request.Query.FirstOrDefault(p => p.Key == key);
            if (actual.Key is null || (value.Length > 0 && actual.Value != value)) return -1;
        }
        var expected = pathTemplate.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var actualSegments = request.Path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var literals = 0;
        for (var i = 0; i < expected.Length; i++)
        {
            var segment = expected[i];
            if (segment.StartsWith('{') && segment.EndsWith("+}", StringComparison.Ordinal))
            {
                if (i >= actualSegments.Length) return -1;
                labels[segment[1..^2]] = Uri.UnescapeDataString(string.Join('/', actualSegments[i..]));
                return literals * 100 + fixedQuery.Count;
            }
            if (i >= actualSegments.Length) return -1;
            if (segment.StartsWith('{'))
            {
                labels[segment[1..^1]] = Uri.UnescapeDataString(actualSegments[i]);
            }
            else if (segment != Uri.UnescapeDataString(actualSegments[i]))
            {
                return -1;
            }
            else
            {
                literals++;
            }
        }
        return expected.Length == actualSegments.Length ? literals * 100 + fixedQuery.Count : -1;
    }
}
