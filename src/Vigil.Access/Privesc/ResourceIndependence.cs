using System.Runtime.CompilerServices;
using Vigil.Iam;

namespace Vigil.Access.Privesc;

/// <summary>Whether a decision can depend on which resource of a service is asked about: not when no policy involved names a
/// resource of that service (Resource or NotResource patterns of other services, or "*", treat every resource of the
/// service alike) and no condition tests a key that may vary per resource. Lets the probe ask the engine once per actor,
/// action and service instead of once per target.</summary>
internal static class ResourceIndependence
{
    private static readonly string[] RequestKeyPrefixes =
    [
        "aws:Principal", "aws:RequestTag/", "aws:SecureTransport", "aws:CurrentTime", "aws:EpochTime", "aws:TokenIssueTime", "aws:MultiFactor",
        "aws:username", "aws:userid", "aws:TagKeys", "aws:SourceIp", "aws:SourceVpc", "aws:ViaAWSService", "aws:CalledVia",
        "iam:PassedToService", "iam:PolicyARN", "iam:PermissionsBoundary",
    ];

    private static readonly ConditionalWeakTable<Policy, StrongBox<(string[] Patterns, bool ResourceConditions)>> Shapes = new();

    public static bool Holds(IEnumerable<Policy> policies, string service)
    {
        foreach (var policy in policies)
        {
            var (patterns, conditions) = Shapes.GetValue(policy, p => new StrongBox<(string[], bool)>(Shape(p))).Value;
            if (conditions) return false;
            foreach (var pattern in patterns)
            {
                if (!IsForeign(pattern, service)) return false;
            }
        }
        return true;
    }

    /// <summary>The service field of an ARN ("lambda" in arn:aws:lambda:...), or "" when the text is not an ARN.</summary>
    public static string ServiceOf(string arn)
    {
        var parts = arn.Split(':', 4);
        return parts.Length >= 3 && parts[0] == "arn" ? parts[2] : "";
    }

    private static bool IsForeign(string pattern, string service)
    {
        if (pattern == "*") return true;
        var parts = pattern.Split(':', 4);
        if (parts.Length < 3 || parts[0] != "arn") return false;
        var field = parts[2];
        return field.Length > 0 && field.IndexOfAny(['*', '?', '$']) < 0 && !string.Equals(field, service, StringComparison.OrdinalIgnoreCase);
    }

    private static (string[], bool) Shape(Policy policy)
    {
        var conditions = PolicyActionMentions.Of(policy).ConditionKeys.Any(key => !RequestKeyPrefixes.Any(p => key.StartsWith(p, StringComparison.OrdinalIgnoreCase)));
        return ([.. PolicyMentions.Of(policy).ResourcePatterns], conditions);
    }
}
