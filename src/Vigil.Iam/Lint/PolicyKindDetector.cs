using System.Text.Json;

namespace Vigil.Iam.Lint;

/// <summary>Guesses where a policy is meant to be attached, from its elements, when the caller does not say.</summary>
public static class PolicyKindDetector
{
    /// <summary>A Principal or NotPrincipal makes it a resource policy, or a trust policy when every action is an
    /// sts:AssumeRole* action; otherwise (and for text that is not a JSON policy) an identity policy.</summary>
    public static LintPolicyKind Detect(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("Statement", out var list)) return LintPolicyKind.Identity;
            var statements = list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().ToList() : [list];
            var principals = statements.Where(s => s.ValueKind == JsonValueKind.Object && (s.TryGetProperty("Principal", out _) || s.TryGetProperty("NotPrincipal", out _))).ToList();
            if (principals.Count == 0) return LintPolicyKind.Identity;
            return principals.All(AssumesRole) ? LintPolicyKind.Trust : LintPolicyKind.Resource;
        }
        catch (JsonException)
        {
            return LintPolicyKind.Identity;
        }
    }

    private static bool AssumesRole(JsonElement statement)
    {
        if (!statement.TryGetProperty("Action", out var action) || action.ValueKind is not (JsonValueKind.String or JsonValueKind.Array)) return false;
        var values = action.ValueKind == JsonValueKind.Array ? action.EnumerateArray().ToList() : [action];
        return values.Count > 0 && values.All(v => v.ValueKind == JsonValueKind.String
            && (v.GetString()!.StartsWith("sts:AssumeRole", StringComparison.OrdinalIgnoreCase) || v.GetString()!.StartsWith("sts:TagSession", StringComparison.OrdinalIgnoreCase)
                || v.GetString()!.StartsWith("sts:SetSourceIdentity", StringComparison.OrdinalIgnoreCase)));
    }
}
