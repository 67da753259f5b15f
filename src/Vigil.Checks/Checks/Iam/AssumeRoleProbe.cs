using System.Globalization;
using Vigil.Core.Checks;
using Vigil.Iam;

namespace Vigil.Checks.Checks.Iam;

/// <summary>Asks the IAM engine whether a caller may assume a role. The caller's own side is granted (an identity
/// policy allowing sts:*), so the trust policy alone decides.</summary>
internal static class AssumeRoleProbe
{
    public const string AssumeRole = "sts:AssumeRole";
    public const string AssumeRoleWithWebIdentity = "sts:AssumeRoleWithWebIdentity";
    public const string AssumeRoleWithSaml = "sts:AssumeRoleWithSAML";

    private static readonly Policy[] CallerMayAssume =
        [Policy.Parse("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:*","Resource":"*"}]}""", "vigil-probe caller policy")];

    private static readonly Dictionary<string, IReadOnlyList<string>> NoContext = new(StringComparer.OrdinalIgnoreCase);

    public static bool Allowed(Policy trust, string roleArn, string roleAccount, string principal, string action,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? context = null) =>
        Evaluator.Evaluate(new AuthorizationRequest
        {
            Principal = principal,
            Action = action,
            Resource = roleArn,
            ResourceAccount = roleAccount,
            Context = context ?? NoContext,
            IdentityPolicies = CallerMayAssume,
            ResourcePolicy = trust,
        }).Decision == Decision.Allowed;

    /// <summary>An account that stands for "any other account": never the role's own.</summary>
    public static string ForeignAccount(string roleAccount) => roleAccount == "999999999999" ? "888888888888" : "999999999999";

    /// <summary>The keys AWS sets for an IAM caller, plus those any caller can meet (MFA, TLS) and, when given, the
    /// external id it presents.</summary>
    public static Dictionary<string, IReadOnlyList<string>> CallerContext(string account, string principalArn, CheckContext context, string? externalId)
    {
        var values = Common(context);
        values["aws:PrincipalAccount"] = [account];
        values["aws:PrincipalArn"] = [principalArn];
        values["aws:PrincipalType"] = [principalArn.Contains(":user/", StringComparison.Ordinal) ? "User" : "AssumedRole"];
        values["aws:MultiFactorAuthPresent"] = ["true"];
        if (externalId is not null) values["sts:ExternalId"] = [externalId];
        return values;
    }

    /// <summary>The keys a web identity token carries (audience, subject, authentication method) for provider <paramref name="issuer"/>.</summary>
    public static Dictionary<string, IReadOnlyList<string>> TokenContext(string issuer, string audience, string subject, CheckContext context)
    {
        var values = Common(context);
        values[issuer + ":aud"] = [audience];
        values[issuer + ":sub"] = [subject];
        values[issuer + ":amr"] = ["authenticated"];
        return values;
    }

    private static Dictionary<string, IReadOnlyList<string>> Common(CheckContext context) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["aws:SecureTransport"] = ["true"],
        ["aws:CurrentTime"] = [context.Now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)],
        ["aws:EpochTime"] = [context.Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)],
    };

    public static bool IsAccountId(string text) => text.Length == 12 && text.All(char.IsAsciiDigit);
}
