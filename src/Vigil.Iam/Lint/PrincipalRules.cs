using System.Text.Json;
using System.Text.RegularExpressions;

namespace Vigil.Iam.Lint;

/// <summary>Principal values, NotPrincipal, public grants and service principals without a source condition.</summary>
internal static partial class PrincipalRules
{
    private static readonly string[] WebIdentityProviders = ["cognito-identity.amazonaws.com", "www.amazon.com", "graph.facebook.com", "accounts.google.com"];

    private static readonly string[] SourceKeys = ["aws:SourceArn", "aws:SourceAccount", "aws:SourceOrgID", "aws:SourceOrgPaths"];

    public static void Run(LintContext context)
    {
        foreach (var statement in context.Statements)
        {
            if (statement.Compiled.Principals is null) continue;
            var field = statement.PrincipalField;
            if (statement.Compiled.NotPrincipal && statement.IsAllow)
                context.Add(LintRules.NotPrincipalWithAllow, "Allow with NotPrincipal grants every principal not listed, anonymous callers included; name the principals in Principal instead.", statement, $"{statement.Path}.{field}");
            else if (statement.Compiled.NotPrincipal)
                context.Add(LintRules.DenyWithNotPrincipal, "Deny with NotPrincipal excludes a role's sessions only when the account, role and session ARNs are all listed, and always denies callers with a permissions boundary; prefer Principal \"*\" with a condition on aws:PrincipalArn.", statement, $"{statement.Path}.{field}");

            var isPublic = false;
            var services = new List<(string Value, string Path)>();
            foreach (var (type, value, path) in Values(statement))
            {
                if (type == "AWS" && value == "*") isPublic = true;
                else if (type == "AWS" && !IsAwsPrincipal(value))
                    context.Add(LintRules.UnknownPrincipal, $"\"{value}\" is no AWS principal: use \"*\", a 12-digit account id, or an arn:aws:iam:: / arn:aws:sts:: ARN.", statement, path);
                else if (type == "Service" && !ServicePrincipal().IsMatch(value))
                    context.Add(LintRules.UnknownPrincipal, $"\"{value}\" is no service principal (SERVICE.amazonaws.com).", statement, path);
                else if (type == "Service") services.Add((value, path));
                else if (type == "CanonicalUser" && !CanonicalUser().IsMatch(value))
                    context.Add(LintRules.UnknownPrincipal, $"\"{value}\" is no canonical user id (64 hexadecimal digits).", statement, path);
                else if (type == "Federated" && !IsFederationSource(value))
                    context.Add(LintRules.UnknownFederationSource, $"\"{value}\" is no SAML or OIDC provider ARN (arn:aws:iam::ACCOUNT:saml-provider/NAME, oidc-provider/HOST) or web identity provider ({string.Join(", ", WebIdentityProviders)}).", statement, path);
            }

            if (!statement.IsAllow || statement.Compiled.NotPrincipal) continue;
            if (isPublic && context.IsResourceLike && !statement.HasCondition)
                context.Add(LintRules.PublicAccess, $"Statement {statement.Index} allows Principal \"*\" without a condition: anyone, anonymous callers included, gets {Describe(statement)}; name the principals or add a condition (aws:PrincipalOrgID, aws:SourceVpce, ...).", statement, $"{statement.Path}.{field}");
            if (context.Kind == LintPolicyKind.Resource && !SourceKeys.Any(statement.HasConditionOn))
            {
                foreach (var (value, path) in services)
                    context.Add(LintRules.ServicePrincipalWithoutSource, $"{value} is allowed without aws:SourceArn or aws:SourceAccount: the service may act here on behalf of any account's resource (confused deputy).", statement, path);
            }
        }
    }

    private static string Describe(LintStatement statement) =>
        statement.Compiled.NotAction ? "every action but those listed" : string.Join(", ", statement.Compiled.ActionValues.Take(4)) + (statement.Compiled.ActionValues.Count > 4 ? ", ..." : "");

    private static IEnumerable<(string Type, string Value, string Path)> Values(LintStatement statement)
    {
        var field = statement.PrincipalField;
        var element = statement.Element.GetProperty(field);
        if (element.ValueKind == JsonValueKind.String)
        {
            yield return ("AWS", element.GetString()!, $"{statement.Path}.{field}");
            yield break;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String)
            {
                yield return (property.Name, property.Value.GetString()!, $"{statement.Path}.{field}.{property.Name}");
                continue;
            }

            var index = 0;
            foreach (var item in property.Value.EnumerateArray())
            {
                yield return (property.Name, item.GetString()!, $"{statement.Path}.{field}.{property.Name}[{index}]");
                index++;
            }
        }
    }

    private static bool IsAwsPrincipal(string value) => AccountId().IsMatch(value) || IamArn().IsMatch(value) || UniqueId().IsMatch(value);

    private static bool IsFederationSource(string value) =>
        WebIdentityProviders.Contains(value, StringComparer.OrdinalIgnoreCase) || ProviderArn().IsMatch(value);

    [GeneratedRegex("^[0-9]{12}$")]
    private static partial Regex AccountId();

    /// <summary>IAM and STS principal ARNs; the account part "cloudfront" is the legacy CloudFront origin access identity
    /// (arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity ID).</summary>
    [GeneratedRegex("^arn:aws[a-z-]*:(iam::([0-9]{12}|aws|cloudfront):(root|user/.+|role/.+|group/.+|federated-user/.+)|sts::[0-9]{12}:(assumed-role/.+|federated-user/.+))$")]
    private static partial Regex IamArn();

    /// <summary>The unique id AWS shows in place of a deleted user or role (AIDA..., AROA...).</summary>
    [GeneratedRegex("^A(IDA|ROA)[A-Z0-9]{12,}$")]
    private static partial Regex UniqueId();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9.-]*\.(amazonaws\.com(\.cn)?|amazon\.com)$")]
    private static partial Regex ServicePrincipal();

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex CanonicalUser();

    [GeneratedRegex("^arn:aws[a-z-]*:iam::[0-9]{12}:(saml-provider|oidc-provider)/.+$")]
    private static partial Regex ProviderArn();
}
