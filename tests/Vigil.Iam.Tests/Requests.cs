using System.Text.Json;

namespace Vigil.Iam.Tests;

/// <summary>Builders for requests and policies written as compact JSON in tests.</summary>
internal static class Requests
{
    public const string User = "arn:aws:iam::111122223333:user/alice";
    public const string Role = "arn:aws:iam::111122223333:role/app";
    public const string Session = "arn:aws:sts::111122223333:assumed-role/app/s1";
    public const string Federated = "arn:aws:sts::111122223333:federated-user/bob";
    public const string Root = "arn:aws:iam::111122223333:root";
    public const string Bucket = "arn:aws:s3:::bucket/key";

    public static Policy Policy(string statements, string version = "2012-10-17") =>
        Iam.Policy.Parse($$"""{"Version": "{{version}}", "Statement": {{statements}}}""", "test");

    public static Policy Allow(string action = "*", string resource = "*") =>
        Policy($$"""{"Effect": "Allow", "Action": "{{action}}", "Resource": "{{resource}}"}""");

    public static Policy Deny(string action = "*", string resource = "*") =>
        Policy($$"""{"Effect": "Deny", "Action": "{{action}}", "Resource": "{{resource}}"}""");

    public static AuthorizationRequest For(string principal = User, string action = "s3:GetObject", string resource = Bucket, string context = "{}") => new()
    {
        Principal = principal,
        Action = action,
        Resource = resource,
        Context = Context(context),
    };

    public static Dictionary<string, IReadOnlyList<string>> Context(string json)
    {
        var context = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            context[property.Name] = property.Value.ValueKind == JsonValueKind.Array
                ? property.Value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText()).ToList()
                : [property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText()];
        }

        return context;
    }

    /// <summary>Whether a statement with this Condition element applies, given the context.</summary>
    public static bool ConditionHolds(string condition, string context, string version = "2012-10-17")
    {
        var policy = Policy($$"""{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {{condition}}}""", version);
        return Evaluator.Evaluate(For(context: context) with { IdentityPolicies = [policy] }).Decision == Decision.Allowed;
    }
}
