using System.Globalization;
using Vigil.Core.Model;
using Vigil.Core.Model.Iam;

namespace Vigil.Access.Privesc;

/// <summary>The request context an attacker acting as a principal presents. Facts about the principal are set from the
/// snapshot (ARN, account, type, user name, tags, organization); the attacker is taken to be signed in with MFA over TLS
/// at <see cref="PrivescOptions.Now"/>. Network facts the attacker cannot choose (aws:SourceIp, aws:SourceVpc,
/// aws:SourceVpce, aws:CalledVia, aws:ViaAWSService) are absent. Request parameters the attacker chooses (request tags,
/// requested region, service-specific request keys) are tried with the values the principal's policies name.</summary>
internal static class AttackerContext
{
    private const int FixedKeys = 12;

    public static Dictionary<string, IReadOnlyList<string>> For(Resource principal, string? organizationId, DateTimeOffset now)
    {
        var isUser = principal is IamUser;
        var time = now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var context = new Dictionary<string, IReadOnlyList<string>>(FixedKeys + principal.Tags.Count, StringComparer.OrdinalIgnoreCase)
        {
            ["aws:PrincipalArn"] = [principal.Arn],
            ["aws:PrincipalAccount"] = [principal.AccountId],
            ["aws:PrincipalType"] = [isUser ? "User" : "AssumedRole"],
            ["aws:PrincipalIsAWSService"] = ["false"],
            ["aws:SecureTransport"] = ["true"],
            ["aws:CurrentTime"] = [time],
            ["aws:EpochTime"] = [now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)],
            ["aws:TokenIssueTime"] = [time],
            ["aws:MultiFactorAuthPresent"] = ["true"],
            ["aws:MultiFactorAuthAge"] = ["0"],
        };
        if (isUser) context["aws:username"] = [principal.Name];
        if (organizationId is not null) context["aws:PrincipalOrgID"] = [organizationId];
        foreach (var (key, value) in principal.Tags) context["aws:PrincipalTag/" + key] = [value];
        return context;
    }

    /// <summary>Whether the attacker chooses the value of a condition key in its own request.</summary>
    public static bool IsChosenByAttacker(string key) =>
        key.StartsWith("aws:RequestTag/", StringComparison.OrdinalIgnoreCase)
        || key.Equals("aws:TagKeys", StringComparison.OrdinalIgnoreCase)
        || key.Equals("aws:RequestedRegion", StringComparison.OrdinalIgnoreCase)
        || (!key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase)
            && !key.Contains(":ResourceTag/", StringComparison.OrdinalIgnoreCase)
            && !SetByAnalysis.Contains(key));

    /// <summary>Keys the analysis sets itself for the technique at hand.</summary>
    public static readonly HashSet<string> SetByAnalysis = new(StringComparer.OrdinalIgnoreCase)
    {
        "iam:PassedToService", "iam:PolicyARN", "iam:PermissionsBoundary", "ec2:InstanceProfile", "cloudformation:RoleArn",
    };
}
