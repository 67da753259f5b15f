using Vigil.Iam.Policies;

namespace Vigil.Iam.Conditions;

/// <summary>One operator applied to one key with its values (OR across values); a statement ANDs its clauses.</summary>
internal sealed class ConditionClause
{
    private readonly ConditionOperator _operator;
    private readonly string _key;
    private readonly Template[] _templates;
    private readonly ConditionOperand[]? _operands;

    public ConditionClause(ConditionOperator op, string key, IReadOnlyList<string> values, bool variables)
    {
        _operator = op;
        _key = key;
        Values = values;
        var wildcards = op.Function is ConditionFunction.StringLike or ConditionFunction.ArnLike;
        _templates = new Template[values.Count];
        var hasVariables = false;
        for (var i = 0; i < values.Count; i++)
        {
            _templates[i] = Template.Compile(values[i], wildcards, variables);
            hasVariables |= _templates[i].HasVariables;
        }

        if (hasVariables) return;
        _operands = new ConditionOperand[_templates.Length];
        for (var i = 0; i < _templates.Length; i++) _operands[i] = new ConditionOperand(_templates[i].Text, op.Function);
    }

    /// <summary>The values that contain no policy variable, with wildcards as <see cref="Policies.Glob"/> markers.</summary>
    public IEnumerable<string> LiteralValues
    {
        get
        {
            foreach (var template in _templates)
            {
                if (!template.HasVariables) yield return template.Text;
            }
        }
    }

    public string Key => _key;

    public ConditionOperator Operator => _operator;

    /// <summary>The condition values as written.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>The value that cannot be read for this operator (not a number, date or CIDR), if any.</summary>
    public string? InvalidValue()
    {
        if (_operands is null) return null;
        foreach (var operand in _operands)
        {
            if (!operand.IsValidFor(_operator.Function)) return operand.Text;
        }

        return null;
    }

    public bool Evaluate(IReadOnlyDictionary<string, IReadOnlyList<string>> context)
    {
        context.TryGetValue(_key, out var values);
        var present = values is { Count: > 0 };
        if (_operator.Function == ConditionFunction.Null)
        {
            foreach (var template in _templates)
            {
                var wantsAbsent = string.Equals(template.Text, "true", StringComparison.OrdinalIgnoreCase);
                if (wantsAbsent != present) return true;
            }

            return false;
        }

        if (!present)
        {
            return _operator.Qualifier == SetQualifier.ForAllValues || _operator.IfExists
                || (_operator.Qualifier == SetQualifier.None && _operator.Negated);
        }

        var operands = _operands ?? Resolve(context);
        var negated = _operator.Negated;
        switch (_operator.Qualifier)
        {
            case SetQualifier.ForAllValues:
                foreach (var value in values!)
                {
                    if (AnyMatches(operands, value) == negated) return false;
                }

                return true;
            case SetQualifier.ForAnyValue:
                foreach (var value in values!)
                {
                    if (AnyMatches(operands, value) != negated) return true;
                }

                return false;
            default:
                foreach (var value in values!)
                {
                    if (AnyMatches(operands, value)) return !negated;
                }

                return negated;
        }
    }

    private bool AnyMatches(ConditionOperand[] operands, string value)
    {
        var function = _operator.Function;
        foreach (var operand in operands)
        {
            if (operand.Matches(function, value)) return true;
        }

        return false;
    }

    private ConditionOperand[] Resolve(IReadOnlyDictionary<string, IReadOnlyList<string>> context)
    {
        var resolved = new List<ConditionOperand>(_templates.Length);
        foreach (var template in _templates)
        {
            var text = template.Resolve(context);
            if (text is not null) resolved.Add(new ConditionOperand(text, _operator.Function));
        }

        return [.. resolved];
    }
}
