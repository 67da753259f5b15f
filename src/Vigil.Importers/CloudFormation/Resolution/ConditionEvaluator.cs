using Vigil.Importers.CloudFormation.Stacks;
using Vigil.Importers.CloudFormation.Syntax;

namespace Vigil.Importers.CloudFormation.Resolution;

/// <summary>Evaluates the Conditions section: each condition is "true", "false", or unknown when it depends on a
/// value known only at deployment (three-valued: And with a false is false, Or with a true is true).</summary>
internal sealed class ConditionEvaluator(TemplateStack stack, TemplateResolver resolver)
{
    private static readonly CfnString True = new("true");
    private static readonly CfnString False = new("false");
    private readonly Dictionary<string, CfnValue> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

    /// <summary>The value of the named condition.</summary>
    public CfnValue Value(string name, int line)
    {
        if (_values.TryGetValue(name, out var known)) return known;
        var node = stack.Conditions[name] ?? throw resolver.Error(line, $"the condition {name} is not declared in Conditions.");
        if (!_inProgress.Add(name)) throw resolver.Error(line, $"the condition {name} depends on itself.");
        var value = Evaluate(node);
        _inProgress.Remove(name);
        _values[name] = value;
        return value;
    }

    public CfnValue Evaluate(TemplateNode node)
    {
        if (node is not TemplateMap { Entries: [var only] }) throw resolver.Error(node.Line, "a condition is a condition function (Fn::Equals, Fn::And, Fn::Or, Fn::Not) or a Condition.");
        var line = only.Line;
        switch (only.Key)
        {
            case "Condition":
                return only.Value is TemplateScalar { Value: { } name } ? Value(name, line) : throw resolver.Error(line, "Condition takes a condition name.");
            case "Fn::Equals":
                if (only.Value is not TemplateList { Items: [var left, var right] }) throw resolver.Error(line, "Fn::Equals takes two values.");
                var a = resolver.Resolve(left);
                var b = resolver.Resolve(right);
                if (a is CfnUnknown ua) return ua;
                if (b is CfnUnknown ub) return ub;
                return a.Equals(b) ? True : False;
            case "Fn::Not":
                if (only.Value is not TemplateList { Items: [var inner] }) throw resolver.Error(line, "Fn::Not takes one condition.");
                return Evaluate(inner) switch { CfnString { Value: "true" } => False, CfnString => True, var u => u };
            case "Fn::And":
            case "Fn::Or":
                if (only.Value is not TemplateList { Items.Count: >= 2 and <= 10 } items) throw resolver.Error(line, $"{only.Key} takes 2 to 10 conditions.");
                var decisive = only.Key == "Fn::And" ? "false" : "true";
                CfnValue? unknown = null;
                foreach (var item in items.Items)
                {
                    var value = Evaluate(item);
                    if (value is CfnString s && s.Value == decisive) return s;
                    if (value is CfnUnknown) unknown ??= value;
                }
                return unknown ?? (decisive == "false" ? True : False);
            default:
                throw resolver.Error(line, $"{only.Key} is not a condition function.");
        }
    }
}
