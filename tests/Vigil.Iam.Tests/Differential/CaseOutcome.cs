using System.Text.Json.Nodes;

namespace Vigil.Iam.Tests.Differential;

/// <summary>One generated case after both engines answered it; <see cref="Request"/> is the case as compared (keys iam-simulate ignored removed).</summary>
internal sealed record CaseOutcome(JsonObject Request, string? Vigil, OracleAnswer Oracle)
{
    public bool Agrees => Oracle.Error is null && Vigil == Oracle.Decision;

    public string Describe(string verdict) =>
        $"{verdict}: Vigil {Vigil ?? "rejected the request"}, iam-simulate {Oracle.Decision ?? "rejected the request: " + Oracle.Error}{Environment.NewLine}"
        + $"  {Request.ToJsonString()}";
}
