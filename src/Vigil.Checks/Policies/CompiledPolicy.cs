using Vigil.Iam;

namespace Vigil.Checks.Policies;

/// <summary>A policy document compiled by the IAM engine, or the parse error (naming <see cref="Source"/>) that stopped it.</summary>
internal sealed record CompiledPolicy(string Source, Policy? Policy, string? ParseError);
