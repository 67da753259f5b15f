using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.ScriptedAws.Wire;

namespace Vigil.ScriptedAws.Script;

/// <summary>A scripted AWS account as data: per service, operation, optionally region and input members (a bucket
/// name, a key id), the output tree the operation returns or the error it fails with. Lists are scripted whole;
/// the server pages them by the operation's paginator. The most specific entry wins: region-bound before any
/// region, more input members before fewer.</summary>
public sealed class ScriptedAccount
{
    private const string AnyRegion = "*";
    private readonly ConcurrentDictionary<string, OperationScript> _operations = new(StringComparer.Ordinal);

    public UnscriptedCalls Unscripted { get; set; } = UnscriptedCalls.AnswerEmpty;

    /// <summary>The number of entries, for reporting what a builder produced.</summary>
    public int Count => _operations.Values.Sum(o => o.Count);

    public ScriptedAccount Answer(string service, string operation, JsonObject output, string? region = null, JsonObject? when = null) =>
        Add(service, operation, new ScriptedAnswer(output, null), region, when);

    public ScriptedAccount Fail(string service, string operation, FakeError error, string? region = null, JsonObject? when = null) =>
        Add(service, operation, new ScriptedAnswer(null, error), region, when);

    public ScriptedAnswer? Find(RecognizedCall call)
    {
        if (!_operations.TryGetValue(call.Key, out var script)) return null;
        return script.Find(call.Region, call.Input) ?? script.Find(AnyRegion, call.Input);
    }

    public IEnumerable<string> Operations => _operations.Keys;

    private ScriptedAccount Add(string service, string operation, ScriptedAnswer answer, string? region, JsonObject? when)
    {
        _ = Vigil.Aws.Models.ModelCatalog.Default.Operation(service, operation);
        _operations.GetOrAdd($"{service}:{operation}", _ => new OperationScript()).Add(region ?? AnyRegion, when ?? [], answer);
        return this;
    }

    /// <summary>An input value as the fake compares it: a string as it is, anything else as its JSON text.</summary>
    public static string Text(JsonNode? node) => node switch
    {
        null => "",
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => node.ToJsonString(),
    };

    private sealed class OperationScript
    {
        private readonly List<string[]> _keySets = [];
        private readonly Dictionary<string, ScriptedAnswer> _answers = new(StringComparer.Ordinal);

        public int Count
        {
            get
            {
                lock (_answers) return _answers.Count;
            }
        }

        public void Add(string region, JsonObject when, ScriptedAnswer answer)
        {
            var keys = when.Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();
            lock (_answers)
            {
                if (!_keySets.Any(k => k.SequenceEqual(keys)))
                {
                    _keySets.Add(keys);
                    _keySets.Sort((a, b) => b.Length.CompareTo(a.Length));
                }
                _answers[Key(region, keys, when)] = answer;
            }
        }

        public ScriptedAnswer? Find(string region, JsonObject input)
        {
            lock (_answers)
            {
                foreach (var keys in _keySets)
                {
                    if (keys.Any(k => input[k] is null)) continue;
                    if (_answers.TryGetValue(Key(region, keys, input), out var answer)) return answer;
                }
                return null;
            }
        }

        private static string Key(string region, string[] keys, JsonObject values) =>
            region + "\u0001" + string.Join("\u0001", keys.Select(k => k + "=" + Text(values[k])));
    }
}
