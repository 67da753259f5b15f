using Vigil.Iam.Catalog;
using Vigil.Iam.Conditions;

namespace Vigil.Iam.Lint;

/// <summary>Condition keys (known, supported by the statement's actions), operator types and set qualifiers.</summary>
internal static class ConditionRules
{
    public static void Run(LintContext context)
    {
        foreach (var statement in context.Statements)
        {
            foreach (var (name, key, values, path) in statement.Conditions)
            {
                if (ConditionOperator.Parse(name) is not { } op) continue;
                var info = CatalogLists.Resolve(context.Catalog, key);
                if (!info.Known)
                {
                    context.Add(LintRules.UnknownConditionKey, $"\"{key}\" is {(info.Service is null ? "not a condition key (SERVICE:NAME)" : $"no {info.Service} condition key")}.{Suggestions.DidYouMean(key, KnownKeys(context.Catalog, info.Service))}", statement, path);
                    continue;
                }

                if (info.Federation) continue;
                if (!info.Global && !AppliesToActions(context, statement, key))
                    context.Add(LintRules.UnknownConditionForAction, $"No action of the statement supports \"{key}\", so it is absent from their requests{(op.IfExists || op.Negated ? " and the condition always holds" : " and the condition never holds")}.", statement, path);
                Types(context, statement, op, name, key, info, path);
                SetQualifiers(context, statement, op, name, key, info, path);
                if (op.Function == ConditionFunction.Bool && !op.IfExists && string.Equals(key, "aws:MultiFactorAuthPresent", StringComparison.OrdinalIgnoreCase)
                    && values.Contains("false", StringComparer.OrdinalIgnoreCase))
                    context.Add(LintRules.BadPatternForMfa, "Bool aws:MultiFactorAuthPresent \"false\" never matches long-term credentials (access keys), which carry no such key; use BoolIfExists, or Null \"true\".", statement, path);
            }
        }
    }

    private static IEnumerable<string> KnownKeys(ActionCatalog catalog, string? service)
    {
        if (service is null || string.Equals(service, "aws", StringComparison.OrdinalIgnoreCase)) return GlobalConditionKeys.Names;
        return catalog.TryGetService(service, out var found) ? found.ConditionKeys.Select(k => k.Name) : [];
    }

    /// <summary>Whether some action the statement names documents the key (NotAction and "*" name too many to tell).</summary>
    private static bool AppliesToActions(LintContext context, LintStatement statement, string key)
    {
        if (statement.Compiled.NotAction) return true;
        var anyKnown = false;
        foreach (var pattern in statement.Compiled.ActionValues)
        {
            if (pattern == "*") return true;
            foreach (var action in context.Expand(pattern))
            {
                anyKnown = true;
                if (ConditionKeys.Find(action.AllConditionKeys, key) is not null) return true;
            }
        }

        return !anyKnown;
    }

    private static void Types(LintContext context, LintStatement statement, ConditionOperator op, string name, string key, KeyInfo info, string path)
    {
        if (op.Function == ConditionFunction.Null || info.Type is not { } type) return;
        var element = Element(type);
        var expected = Expected(op.Function);
        if (expected == element) return;
        if (expected == ConditionKeyType.Numeric && element == ConditionKeyType.Date && string.Equals(key, "aws:EpochTime", StringComparison.OrdinalIgnoreCase)) return;
        if (expected == ConditionKeyType.String && element == ConditionKeyType.Arn)
        {
            context.Add(LintRules.MismatchedTypeButUsable, $"{name} compares the ARN key \"{key}\" as a string; it works, but ArnEquals or ArnLike say what is meant.", statement, path);
            return;
        }

        context.Add(LintRules.MismatchedType, $"{name} is a {Describe(expected)} operator but \"{key}\" is a {Describe(element)} key; use a {Describe(element)} operator ({Example(element)}).", statement, path);
    }

    private static void SetQualifiers(LintContext context, LintStatement statement, ConditionOperator op, string name, string key, KeyInfo info, string path)
    {
        if (op.Function == ConditionFunction.Null) return;
        if (op.Qualifier == SetQualifier.ForAllValues && !info.IsMultiValued)
            context.Add(LintRules.ForAllValuesSingleValued, $"{name} on the single-valued key \"{key}\" holds when the key is absent, so the condition may not restrict {(statement.IsAllow ? "the grant" : "anything")}; drop ForAllValues.", statement, path);
        else if (op.Qualifier == SetQualifier.ForAnyValue && !info.IsMultiValued)
            context.Add(LintRules.ForAnyValueSingleValued, $"{name} on the single-valued key \"{key}\": ForAnyValue is meant for multi-valued keys; drop it.", statement, path);
        else if (op.Qualifier == SetQualifier.None && info.IsMultiValued)
            context.Add(LintRules.MultiValuedKeyWithoutSet, $"\"{key}\" is multi-valued; say ForAnyValue:{name} (any value matches) or ForAllValues:{name} (every value matches).", statement, path);
    }

    private static ConditionKeyType Element(ConditionKeyType type) => type switch
    {
        ConditionKeyType.ArrayOfString => ConditionKeyType.String,
        ConditionKeyType.ArrayOfArn => ConditionKeyType.Arn,
        ConditionKeyType.ArrayOfBool => ConditionKeyType.Bool,
        ConditionKeyType.ArrayOfNumeric => ConditionKeyType.Numeric,
        ConditionKeyType.ArrayOfDate => ConditionKeyType.Date,
        ConditionKeyType.ArrayOfIPAddress => ConditionKeyType.IPAddress,
        ConditionKeyType.ArrayOfBinary => ConditionKeyType.Binary,
        _ => type,
    };

    private static ConditionKeyType Expected(ConditionFunction function) => function switch
    {
        ConditionFunction.NumericEquals or ConditionFunction.NumericLessThan or ConditionFunction.NumericLessThanEquals
            or ConditionFunction.NumericGreaterThan or ConditionFunction.NumericGreaterThanEquals => ConditionKeyType.Numeric,
        ConditionFunction.DateEquals or ConditionFunction.DateLessThan or ConditionFunction.DateLessThanEquals
            or ConditionFunction.DateGreaterThan or ConditionFunction.DateGreaterThanEquals => ConditionKeyType.Date,
        ConditionFunction.Bool => ConditionKeyType.Bool,
        ConditionFunction.BinaryEquals => ConditionKeyType.Binary,
        ConditionFunction.IpAddress => ConditionKeyType.IPAddress,
        ConditionFunction.ArnLike => ConditionKeyType.Arn,
        _ => ConditionKeyType.String,
    };

    private static string Describe(ConditionKeyType type) => type switch
    {
        ConditionKeyType.Arn => "ARN",
        ConditionKeyType.IPAddress => "IP address",
        _ => type.ToString(),
    };

    private static string Example(ConditionKeyType type) => type switch
    {
        ConditionKeyType.Numeric => "NumericEquals, NumericLessThan, ...",
        ConditionKeyType.Date => "DateGreaterThan, DateLessThan, ...",
        ConditionKeyType.Bool => "Bool",
        ConditionKeyType.Binary => "BinaryEquals",
        ConditionKeyType.IPAddress => "IpAddress, NotIpAddress",
        ConditionKeyType.Arn => "ArnEquals, ArnLike, ...",
        _ => "StringEquals, StringLike, ...",
    };
}
