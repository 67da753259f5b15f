using System.Text.Json.Nodes;

namespace Vigil.Iam.Tests.Differential;

/// <summary>
/// A documented difference between iam-simulate and AWS (docs/iam-divergences.md, by <see cref="Id"/>). A disagreement is put
/// down to it only when the case contains the construct (<see cref="Applies"/>) and the <see cref="Neutralise"/> rewrite (a
/// copy of the request without the construct) leaves Vigil's decision as it was and makes iam-simulate agree with Vigil.
/// </summary>
internal sealed record Divergence(string Id, Func<JsonObject, bool> Applies, Func<JsonObject, JsonObject> Neutralise);
