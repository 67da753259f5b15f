using System.Text.Json;
using Vigil.Iam.Conditions;

namespace Vigil.Iam.Policies;

/// <summary>Reads a policy document into compiled statements, failing with the statement and field named.</summary>
internal static class PolicyParser
{
    private static readonly byte[][] StatementFields =
        [.. new[] { "Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition" }.Select(System.Text.Encoding.UTF8.GetBytes)];

    public static Policy Parse(JsonElement root, string source, PolicyKind kind)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new PolicyParseException(source, null, null, null, "a policy document must be a JSON object");
        string? version = null;
        string? id = null;
        JsonElement? statements = null;
        foreach (var property in root.EnumerateObject())
        {
            if (property.NameEquals("Version"u8))
            {
                version = property.Value.ValueEquals("2012-10-17"u8) ? "2012-10-17" : property.Value.ValueEquals("2008-10-17"u8) ? "2008-10-17" : null;
                if (version is null)
                {
                    throw new PolicyParseException(source, null, null, "Version", $"must be \"2012-10-17\" or \"2008-10-17\", not {property.Value.GetRawText()}");
                }
            }
            else if (property.NameEquals("Id"u8))
            {
                if (property.Value.ValueKind != JsonValueKind.String) throw new PolicyParseException(source, null, null, "Id", "must be a string");
                id = property.Value.GetString();
            }
            else if (property.NameEquals("Statement"u8)) statements = property.Value;
            else throw new PolicyParseException(source, null, null, property.Name, "is not a policy element (Version, Id, Statement)");
        }

        if (statements is not { } list) throw new PolicyParseException(source, null, null, "Statement", "is missing");
        var variables = version == "2012-10-17";
        Statement[] compiled;
        if (list.ValueKind == JsonValueKind.Object) compiled = [ParseStatement(list, 0, source, variables, kind)];
        else if (list.ValueKind == JsonValueKind.Array)
        {
            compiled = new Statement[list.GetArrayLength()];
            var index = 0;
            foreach (var item in list.EnumerateArray())
            {
                compiled[index] = ParseStatement(item, index, source, variables, kind);
                index++;
            }
        }
        else throw new PolicyParseException(source, null, null, "Statement", "must be an object or an array of objects");

        return new Policy(source, version, id, compiled);
    }

    private static Statement ParseStatement(JsonElement element, int index, string source, bool variables, PolicyKind kind)
    {
        if (element.ValueKind != JsonValueKind.Object) throw new PolicyParseException(source, index, null, null, "a statement must be a JSON object");
        string? sid = null;
        if (element.TryGetProperty("Sid", out var sidElement))
        {
            if (sidElement.ValueKind != JsonValueKind.String) throw new PolicyParseException(source, index, null, "Sid", "must be a string");
            sid = sidElement.GetString();
        }

        var at = new StatementLocation(source, index, sid);
        foreach (var property in element.EnumerateObject())
        {
            if (!IsStatementField(property)) throw at.Fail(property.Name, "is not a statement element");
        }

        if (!element.TryGetProperty("Effect"u8, out var effect)) throw at.Fail("Effect", "is missing");
        var isAllow = effect.ValueEquals("Allow"u8);
        if (!isAllow && !effect.ValueEquals("Deny"u8)) throw at.Fail("Effect", $"must be \"Allow\" or \"Deny\", not {effect.GetRawText()}");

        var hasAction = element.TryGetProperty("Action", out var action);
        var hasNotAction = element.TryGetProperty("NotAction", out var notAction);
        if (hasAction == hasNotAction) throw at.Fail("Action", hasAction ? "Action and NotAction cannot both be present" : "Action or NotAction is required");
        var actionField = hasAction ? "Action" : "NotAction";
        var actions = Strings(hasAction ? action : notAction, actionField, at);
        foreach (var a in actions)
        {
            if (a != "*" && a.IndexOf(':', StringComparison.Ordinal) <= 0) throw at.Fail(actionField, $"\"{a}\" is not \"*\" or \"service:action\"");
        }

        var hasResource = element.TryGetProperty("Resource", out var resource);
        var hasNotResource = element.TryGetProperty("NotResource", out var notResource);
        if (hasResource && hasNotResource) throw at.Fail("Resource", "Resource and NotResource cannot both be present");
        ResourceMatcher? resources = null;
        IReadOnlyList<string> resourceValues = [];
        if (hasResource || hasNotResource)
        {
            resourceValues = Strings(hasResource ? resource : notResource, hasResource ? "Resource" : "NotResource", at);
            resources = new ResourceMatcher(resourceValues, variables);
        }

        var hasPrincipal = element.TryGetProperty("Principal", out var principal);
        var hasNotPrincipal = element.TryGetProperty("NotPrincipal", out var notPrincipal);
        if (hasPrincipal && hasNotPrincipal) throw at.Fail("Principal", "Principal and NotPrincipal cannot both be present");
        PrincipalMatcher? principals = null;
        IReadOnlyList<NamedPrincipal> principalValues = [];
        if (hasPrincipal || hasNotPrincipal)
        {
            var named = new List<NamedPrincipal>();
            principals = Principals(hasPrincipal ? principal : notPrincipal, hasPrincipal ? "Principal" : "NotPrincipal", named, at);
            principalValues = named;
        }

        if (kind == PolicyKind.Identity && !hasResource && !hasNotResource)
            throw at.Fail("Resource", "Resource or NotResource is required in an identity-based policy");
        if (kind == PolicyKind.Identity && (hasPrincipal || hasNotPrincipal))
            throw at.Fail(hasPrincipal ? "Principal" : "NotPrincipal", "an identity-based policy cannot name a principal");
        if (kind == PolicyKind.ResourceBased && !hasPrincipal && !hasNotPrincipal)
            throw at.Fail("Principal", "Principal or NotPrincipal is required in a resource-based policy");

        var conditions = element.TryGetProperty("Condition", out var condition) ? Conditions(condition, variables, at) : [];

        return new Statement
        {
            Index = index,
            Sid = sid,
            IsAllow = isAllow,
            Actions = new ActionMatcher(actions),
            NotAction = hasNotAction,
            ActionValues = actions,
            Resources = resources,
            NotResource = hasNotResource,
            ResourceValues = resourceValues,
            Principals = principals,
            NotPrincipal = hasNotPrincipal,
            PrincipalValues = principalValues,
            Conditions = conditions,
        };
    }

    private static bool IsStatementField(JsonProperty property)
    {
        foreach (var name in StatementFields)
        {
            if (property.NameEquals(name)) return true;
        }

        return false;
    }

    private static PrincipalMatcher Principals(JsonElement element, string field, List<NamedPrincipal> named, in StatementLocation at)
    {
        var matcher = new PrincipalMatcher();
        if (element.ValueKind == JsonValueKind.String)
        {
            if (element.GetString() != "*") throw at.Fail(field, "a string principal must be \"*\"; use {\"AWS\": ...}, {\"Service\": ...}, {\"Federated\": ...} or {\"CanonicalUser\": ...}");
            matcher.AddAws("*");
            named.Add(new NamedPrincipal("AWS", "*"));
            return matcher;
        }

        if (element.ValueKind != JsonValueKind.Object) throw at.Fail(field, "must be \"*\" or an object");
        foreach (var property in element.EnumerateObject())
        {
            var kind = property.NameEquals("AWS"u8) ? 0 : property.NameEquals("Service"u8) ? 1
                : property.NameEquals("Federated"u8) || property.NameEquals("CanonicalUser"u8) ? 2
                : throw at.Fail(new FieldName(field, property.Name), "is not a principal type (AWS, Service, Federated, CanonicalUser)");
            var values = Strings(property.Value, new FieldName(field, property.Name), at);
            foreach (var value in values)
            {
                if (kind == 0) matcher.AddAws(value);
                else if (kind == 1) matcher.AddService(value);
                else matcher.AddOther(value);
                named.Add(new NamedPrincipal(property.Name, value));
            }
        }

        return matcher;
    }

    private static ConditionClause[] Conditions(JsonElement element, bool variables, in StatementLocation at)
    {
        if (element.ValueKind != JsonValueKind.Object) throw at.Fail("Condition", "must be an object of operators");
        var clauses = new List<ConditionClause>();
        foreach (var op in element.EnumerateObject())
        {
            var parsed = ConditionOperator.Parse(op.Name) ?? throw at.Fail("Condition", $"\"{op.Name}\" is not a condition operator");
            if (op.Value.ValueKind != JsonValueKind.Object) throw at.Fail(new FieldName("Condition", op.Name), "must be an object of condition keys");
            foreach (var key in op.Value.EnumerateObject())
            {
                var field = new FieldName("Condition", op.Name, key.Name);
                var values = ConditionValues(key.Value, field, at);
                if (parsed.Function == ConditionFunction.Null && values.Any(v => !bool.TryParse(v, out _)))
                {
                    throw at.Fail(field, "Null takes \"true\" or \"false\"");
                }

                var clause = new ConditionClause(parsed, key.Name, values, variables);
                if (clause.InvalidValue() is { } invalid) throw at.Fail(field, $"\"{invalid}\" is not a valid value for {op.Name}");
                clauses.Add(clause);
            }
        }

        return [.. clauses];
    }

    private static List<string> ConditionValues(JsonElement element, FieldName field, in StatementLocation at)
    {
        var values = new List<string>();
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray()) values.Add(Scalar(item, field, at));
        }
        else
        {
            values.Add(Scalar(element, field, at));
        }

        return values;
    }

    private static string Scalar(JsonElement element, FieldName field, in StatementLocation at) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.Number => element.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => throw at.Fail(field, "values must be strings, numbers or booleans"),
    };

    private static List<string> Strings(JsonElement element, FieldName field, in StatementLocation at)
    {
        var values = new List<string>();
        if (element.ValueKind == JsonValueKind.String) values.Add(element.GetString()!);
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String) throw at.Fail(field, "must be a string or an array of strings");
                values.Add(item.GetString()!);
            }

            if (values.Count == 0) throw at.Fail(field, "must not be an empty array");
        }
        else throw at.Fail(field, "must be a string or an array of strings");

        return values;
    }
}
