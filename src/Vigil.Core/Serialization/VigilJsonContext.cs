using System.Text.Json;
using System.Text.Json.Serialization;
using Vigil.Core.Frameworks;
using Vigil.Core.Model;

namespace Vigil.Core.Serialization;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    IgnoreReadOnlyProperties = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(Snapshot))]
[JsonSerializable(typeof(Framework))]
public sealed partial class VigilJsonContext : JsonSerializerContext;
