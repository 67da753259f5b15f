using System.Text.Json.Nodes;

namespace Vigil.Iam.Tests.Differential;

/// <summary>
/// A documented difference between iam-simulate and AWS (docs/iam-divergences.md, by <see cref="Id"/>). A disagreement is put
/// down to it only when the case contains the construct (<see cref="Applies"/>) and one of the <see cref="Neutralise"/> rewrites,
/// which remove the construct without changing Vigil's decision, makes iam-simulate agree with Vigil.
/// </summary>
internal sealed record Divergence(string Id, Func<JsonObject, bool> Applies, Func<JsonObject, IEnumerable<JsonObject>> Neutralise);
