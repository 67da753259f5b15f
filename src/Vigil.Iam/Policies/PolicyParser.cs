using System.Text.Json;
using Vigil.Iam.Conditions;

namespace Vigil.Iam.Policies;

/// <summary>Reads a policy document into compiled statements, failing with the statement and field named.</summary>
internal static class PolicyParser
{
    private static readonly HashSet<string> StatementFields = new(StringComparer.Ordinal)
    {
        "Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition",
    };

    public static Policy Parse(JsonElement root, string source)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new PolicyParseException(source, null, null, null, "a policy document must be a JSON object");
        string? version = null;
        string? id = null;
        JsonElement? statements = null;
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "Version":
                    version = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
                    if (version is not ("2012-10-17" or "2008-10-17"))
                    {
                        throw new PolicyParseException(source, null, null, "Version", $"must be \"2012-10-17\" or \"2008-10-17\", not {property.Value.GetRawText()}");
                    }

                    break;
                case "Id":
                    if (property.Value.ValueKind != JsonValueKind.String) throw new PolicyParseException(source, null, null, "Id", "must be a string");
                    id = property.Value.GetString();
                    break;
                case "Statement":
                    statements = property.Value;
                    break;
                default:
                    throw new PolicyParseException(source, null, null, property.Name, "is not a policy element (Version, Id, Statement)");
            }
        }

        if (statements is not { } list) throw new PolicyParseException(source, null, null, "Statement", "is missing");
        var variables = version == "2012-10-17";
        var compiled = new List<Statement>();
        if (list.ValueKind == JsonValueKind.Object) compiled.Add(ParseStatement(list, 0, source, variables));
        else if (list.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in list.EnumerateArray()) compiled.Add(ParseStatement(item, index++, source, variables));
        }
        else throw new PolicyParseException(source, null, null, "Statement", "must be an object or an array of objects");

        return new Policy(source, version, id, [.. compiled]);
    }

    private static Statement ParseStatement(JsonElement element, int index, string source, bool variables)
    {
        if (element.ValueKind != JsonValueKind.Object) throw new PolicyParseException(source, index, null, null, "a statement must be a JSON object");
        string? sid = null;
        if (element.TryGetProperty("Sid", out var sidElement))
        {
            if (sidElement.ValueKind != JsonValueKind.String) throw new PolicyParseException(source, index, null, "Sid", "must be a string");
            sid = sidElement.GetString();
        }

        PolicyParseException Fail(string? field, string problem) => new(source, index, sid, field, problem);

        foreach (var property in element.EnumerateObject())
        {
            if (!StatementFields.Contains(property.Name)) throw Fail(property.Name, "is not a statement element");
        }

        if (!element.TryGetProperty("Effect", out var effect)) throw Fail("Effect", "is missing");
        var effectText = effect.ValueKind == JsonValueKind.String ? effect.GetString() : null;
        if (effectText is not ("Allow" or "Deny")) throw Fail("Effect", $"must be \"Allow\" or \"Deny\", not {effect.GetRawText()}");

        var hasAction = element.TryGetProperty("Action", out var action);
        var hasNotAction = element.TryGetProperty("NotAction", out var notAction);
        if (hasAction == hasNotAction) throw Fail("Action", hasAction ? "Action and NotAction cannot both be present" : "Action or NotAction is required");
        var actionField = hasAction ? "Action" : "NotAction";
        var actions = Strings(hasAction ? action : notAction, actionField, Fail);
        foreach (var a in actions)
        {
            if (a != "*" && a.IndexOf(':', StringComparison.Ordinal) <= 0) throw Fail(actionField, $"\"{a}\" is not \"*\" or \"service:action\"");
        }

        var hasResource = element.TryGetProperty("Resource", out var resource);
        var hasNotResource = element.TryGetProperty("NotResource", out var notResource);
        if (hasResource && hasNotResource) throw Fail("Resource", "Resource and NotResource cannot both be present");
        ResourceMatcher? resources = null;
        if (hasResource || hasNotResource)
        {
            resources = new ResourceMatcher(Strings(hasResource ? resource : notResource, hasResource ? "Resource" : "NotResource", Fail), variables);
        }

        var hasPrincipal = element.TryGetProperty("Principal", out var principal);
        var hasNotPrincipal = element.TryGetProperty("NotPrincipal", out var notPrincipal);
        if (hasPrincipal && hasNotPrincipal) throw Fail("Principal", "Principal and NotPrincipal cannot both be present");
        PrincipalMatcher? principals = null;
        if (hasPrincipal || hasNotPrincipal)
        {
            principals = Principals(hasPrincipal ? principal : notPrincipal, hasPrincipal ? "Principal" : "NotPrincipal", Fail);
        }

        var conditions = element.TryGetProperty("Condition", out var condition) ? Conditions(condition, variables, Fail) : [];

        return new Statement
        {
            Index = index,
            Sid = sid,
            IsAllow = effectText == "Allow",
            Actions = new ActionMatcher(actions),
            NotAction = hasNotAction,
            Resources = resources,
            NotResource = hasNotResource,
            Principals = principals,
            NotPrincipal = hasNotPrincipal,
            Conditions = conditions,
        };
    }

    private static PrincipalMatcher Principals(JsonElement element, string field, Func<string?, string, PolicyParseException> fail)
    {
        var matcher = new PrincipalMatcher();
        if (element.ValueKind == JsonValueKind.String)
        {
            if (element.GetString() != "*") throw fail(field, "a string principal must be \"*\"; use {\"AWS\": ...}, {\"Service\": ...}, {\"Federated\": ...} or {\"CanonicalUser\": ...}");
            matcher.AddAws("*");
            return matcher;
        }

        if (element.ValueKind != JsonValueKind.Object) throw fail(field, "must be \"*\" or an object");
        foreach (var property in element.EnumerateObject())
        {
            Action<string> add = property.Name switch
            {
                "AWS" => matcher.AddAws,
                "Service" => matcher.AddService,
                "Federated" or "CanonicalUser" => matcher.AddOther,
                _ => throw fail($"{field}.{property.Name}", "is not a principal type (AWS, Service, Federated, CanonicalUser)"),
            };
            foreach (var value in Strings(property.Value, $"{field}.{property.Name}", fail)) add(value);
        }

        return matcher;
    }

    private static ConditionClause[] Conditions(JsonElement element, bool variables, Func<string?, string, PolicyParseException> fail)
    {
        if (element.ValueKind != JsonValueKind.Object) throw fail("Condition", "must be an object of operators");
        var clauses = new List<ConditionClause>();
        foreach (var op in element.EnumerateObject())
        {
            var parsed = ConditionOperator.Parse(op.Name) ?? throw fail("Condition", $"\"{op.Name}\" is not a condition operator");
            if (op.Value.ValueKind != JsonValueKind.Object) throw fail($"Condition.{op.Name}", "must be an object of condition keys");
            foreach (var key in op.Value.EnumerateObject())
            {
                var field = $"Condition.{op.Name}.{key.Name}";
                var values = ConditionValues(key.Value, field, fail);
                if (parsed.Function == ConditionFunction.Null && values.Any(v => !bool.TryParse(v, out _)))
                {
                    throw fail(field, "Null takes \"true\" or \"false\"");
                }

                var clause = new ConditionClause(parsed, key.Name, values, variables);
                if (clause.InvalidValue() is { } invalid) throw fail(field, $"\"{invalid}\" is not a valid value for {op.Name}");
                clauses.Add(clause);
            }
        }

        return [.. clauses];
    }

    private static List<string> ConditionValues(JsonElement element, string field, Func<string?, string, PolicyParseException> fail)
    {
        var values = new List<string>();
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray()) values.Add(Scalar(item, field, fail));
        }
        else
        {
            values.Add(Scalar(element, field, fail));
        }

        return values;
    }

    private static string Scalar(JsonElement element, string field, Func<string?, string, PolicyParseException> fail) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.Number => element.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => throw fail(field, "values must be strings, numbers or booleans"),
    };

    private static List<string> Strings(JsonElement element, string field, Func<string?, string, PolicyParseException> fail)
    {
        var values = new List<string>();
        if (element.ValueKind == JsonValueKind.String) values.Add(element.GetString()!);
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String) throw fail(field, "must be a string or an array of strings");
                values.Add(item.GetString()!);
            }

            if (values.Count == 0) throw fail(field, "must not be an empty array");
        }
        else throw fail(field, "must be a string or an array of strings");

        return values;
    }
}
