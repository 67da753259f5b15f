using System.Text.Json.Nodes;
using Vigil.ScriptedAws.Wire;

namespace Vigil.ScriptedAws.Script;

/// <summary>What the script says one call answers: an output tree (botocore member names, the neutral form) or an error.</summary>
public sealed record ScriptedAnswer(JsonObject? Output, FakeError? Error);
