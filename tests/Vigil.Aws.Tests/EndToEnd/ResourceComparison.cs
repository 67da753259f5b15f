using System.Text.Json;
using Vigil.Core.Model;

namespace Vigil.Aws.Tests.EndToEnd;

/// <summary>Compares scripted and collected resources of one type by ARN: the same set of resources, and for each
/// the identity fields and the named properties equal (as JSON, so lists and nested records compare by value).</summary>
internal static class ResourceComparison
{
    private static readonly string[] Identity = [nameof(Resource.Arn), nameof(Resource.Name), nameof(Resource.AccountId), nameof(Resource.Region)];

    /// <summary>The differences, one line each; empty when the collected resources match.</summary>
    public static IEnumerable<string> Differences<T>(IEnumerable<T> expected, IEnumerable<T> actual, params string[] properties) where T : Resource
    {
        var wanted = expected.ToDictionary(r => r.Arn, StringComparer.Ordinal);
        var got = actual.ToDictionary(r => r.Arn, StringComparer.Ordinal);
        foreach (var missing in wanted.Keys.Except(got.Keys)) yield return $"{typeof(T).Name} {missing}: not collected";
        foreach (var extra in got.Keys.Except(wanted.Keys)) yield return $"{typeof(T).Name} {extra}: collected but not scripted";
        foreach (var (arn, resource) in wanted)
        {
            if (!got.TryGetValue(arn, out var collected)) continue;
            foreach (var property in Identity.Concat(properties))
            {
                var info = typeof(T).GetProperty(property) ?? throw new ArgumentException($"{typeof(T).Name} has no property {property}");
                var (left, right) = (Json(info.GetValue(resource)), Json(info.GetValue(collected)));
                if (left != right) yield return $"{typeof(T).Name} {arn}.{property}: scripted {left}, collected {right}";
            }
        }
    }

    private static string Json(object? value) => JsonSerializer.Serialize(value);
}
