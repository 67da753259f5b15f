using System.Globalization;
using System.Text;
using Vigil.Importers.CloudFormation.Identity;
using Vigil.Importers.CloudFormation.Stacks;
using Vigil.Importers.CloudFormation.Syntax;

namespace Vigil.Importers.CloudFormation.Resolution;

/// <summary>Runs a template's intrinsic functions. What cannot be known before deployment becomes a
/// <see cref="CfnUnknown"/>; what is wrong with the template (a Ref to nothing, an unknown function) is an input error.</summary>
internal sealed class TemplateResolver
{
    private readonly TemplateStack _stack;
    private readonly IReadOnlyDictionary<string, CfnValue> _parameters;
    private readonly ImportOptions _options;
    private readonly string _seedPrefix;
    private readonly Func<string, string, CfnValue?> _nestedOutput;
    private readonly ConditionEvaluator _conditions;
    private readonly ListFunctions _lists;
    private readonly Dictionary<string, ResourceIdentity> _identities = new(StringComparer.Ordinal);
    /// <summary>Resources whose own properties are being resolved for their name or an attribute (guards against cycles).</summary>
    private readonly HashSet<string> _namingInProgress = new(StringComparer.Ordinal);

    /// <param name="nestedOutput">The value of output (2nd) of the nested stack resource (1st), when it can be read.</param>
    public TemplateResolver(TemplateStack stack, IReadOnlyDictionary<string, CfnValue> parameters, ImportOptions options, string seedPrefix, Func<string, string, CfnValue?> nestedOutput)
    {
        _stack = stack;
        _parameters = parameters;
        _options = options;
        _seedPrefix = seedPrefix;
        _nestedOutput = nestedOutput;
        _conditions = new ConditionEvaluator(stack, this);
        _lists = new ListFunctions(stack, this);
    }

    public string Path => _stack.Path;

    public ConditionEvaluator Conditions => _conditions;

    public CfnValue Resolve(TemplateNode node) => node switch
    {
        TemplateScalar { Value: null } => CfnNoValue.Instance,
        TemplateScalar scalar => new CfnString(scalar.Value),
        TemplateList list => new CfnList(list.Items.Select(Resolve).Where(v => v is not CfnNoValue).ToList()),
        TemplateMap { Entries: [var only] } map when IsIntrinsic(only.Key) => Intrinsic(only.Key, only.Value, map.Line),
        TemplateMap map => new CfnMap(map.Entries
            .Select(e => new KeyValuePair<string, CfnValue>(e.Key, Resolve(e.Value)))
            .Where(e => e.Value is not CfnNoValue).ToList()),
        _ => throw Error(node.Line, "unsupported template node."),
    };

    /// <summary>The synthetic identity of a declared resource. Without a physical name it is named after its logical
    /// id, prefixed in a nested stack by the nesting stacks' logical ids ("Storage-Data").</summary>
    public ResourceIdentity Identity(StackResource resource)
    {
        if (_identities.TryGetValue(resource.LogicalId, out var known)) return known;
        var identity = IdentityRules.For(resource.Type, new IdentityInputs(
            _seedPrefix.Replace('/', '-') + resource.LogicalId,
            PhysicalName(resource),
            _options.AccountId,
            _options.Region,
            PseudoParameters.Partition(_options.Region),
            $"{_options.AccountId}/{_options.Region}/{_seedPrefix}{resource.LogicalId}/{resource.Type}",
            property => KnownString(resource, property)));
        _identities[resource.LogicalId] = identity;
        return identity;
    }

    public Core.VigilInputException Error(int line, string reason) => TemplateSyntaxError.At(_stack.Path, line, reason);

    private static bool IsIntrinsic(string key) => key == "Ref" || key.StartsWith("Fn::", StringComparison.Ordinal);

    private string? PhysicalName(StackResource resource) =>
        PhysicalNameProperties.For(resource.Type) is { } property ? KnownString(resource, property) : null;

    private string? KnownString(StackResource resource, string property)
    {
        if (resource.Properties[property] is not { } node || !_namingInProgress.Add(resource.LogicalId)) return null;
        try
        {
            return Resolve(node) is CfnString { Value.Length: > 0 } s ? s.Value : null;
        }
        finally
        {
            _namingInProgress.Remove(resource.LogicalId);
        }
    }

    private CfnValue Intrinsic(string function, TemplateNode argument, int line) => function switch
    {
        "Ref" => Ref(Name(argument, "Ref"), line),
        "Fn::GetAtt" => GetAtt(argument, line),
        "Fn::Sub" => Sub(argument, line),
        "Fn::Join" => _lists.Join(argument, line),
        "Fn::Select" => _lists.Select(argument, line),
        "Fn::Split" => _lists.Split(argument, line),
        "Fn::FindInMap" => _lists.FindInMap(argument, line),
        "Fn::If" => If(argument, line),
        "Fn::Equals" or "Fn::Not" or "Fn::And" or "Fn::Or" => _conditions.Evaluate(new TemplateMap([new TemplateEntry(function, line, argument)], line)),
        "Fn::ImportValue" => Resolve(argument) is CfnString name
            ? new CfnUnknown($"Fn::ImportValue {name.Value}, another stack's export known only at deployment")
            : new CfnUnknown("an Fn::ImportValue, another stack's export known only at deployment"),
        "Fn::GetAZs" => new CfnUnknown("Fn::GetAZs, the account's availability zones known only at deployment"),
        "Fn::Base64" => Resolve(argument) switch
        {
            CfnString s => new CfnString(Convert.ToBase64String(Encoding.UTF8.GetBytes(s.Value))),
            CfnUnknown u => u,
            _ => throw Error(line, "Fn::Base64 takes a string."),
        },
        "Fn::Cidr" => _lists.Cidr(argument, line),
        "Fn::Length" => Resolve(argument) switch
        {
            CfnList list => new CfnString(list.Items.Count.ToString(CultureInfo.InvariantCulture)),
            CfnUnknown u => u,
            _ => throw Error(line, "Fn::Length takes a list."),
        },
        "Fn::ToJsonString" => Resolve(argument) is var value && CfnValues.FirstUnknown(value, "") is { } unknown
            ? new CfnUnknown(unknown.Reason)
            : new CfnString(CfnValues.ToJson(value)),
        "Fn::Transform" => throw Error(line, "Fn::Transform (a CloudFormation macro) cannot be expanded offline; expand the template first."),
        _ => throw Error(line, $"unknown intrinsic function {function}."),
    };

    public CfnValue Ref(string name, int line)
    {
        if (PseudoParameters.Value(name, _options.AccountId, _options.Region) is { } pseudo) return pseudo;
        if (_parameters.TryGetValue(name, out var parameter)) return parameter;
        var resource = DeclaredResource(name, line, "Ref");
        return new CfnString(Identity(resource).Ref);
    }

    private StackResource DeclaredResource(string name, int line, string function)
    {
        var resource = _stack.Resource(name)
            ?? throw Error(line, function == "Ref"
                ? $"Ref to {name}, which is not a parameter, resource or pseudo parameter of the template."
                : $"{function} names {name}, which is not a resource of the template.");
        if (resource.Condition is { } condition && _conditions.Value(condition, line) is CfnString { Value: "false" })
            throw Error(line, $"{function} to {name}, which the false condition {condition} leaves out of the stack.");
        return resource;
    }

    private CfnValue GetAtt(TemplateNode argument, int line)
    {
        string resourceName, attribute;
        switch (argument)
        {
            case TemplateScalar { Value: { } dotted } when dotted.IndexOf('.') > 0:
                resourceName = dotted[..dotted.IndexOf('.')];
                attribute = dotted[(dotted.IndexOf('.') + 1)..];
                break;
            case TemplateList { Items: [TemplateScalar { Value: { } r }, var a] }:
                resourceName = r;
                if (Resolve(a) is not CfnString name) throw Error(line, "the attribute name of Fn::GetAtt must be known.");
                attribute = name.Value;
                break;
            default:
                throw Error(line, "Fn::GetAtt takes [Resource, Attribute] or \"Resource.Attribute\".");
        }
        return GetAtt(resourceName, attribute, line);
    }

    private CfnValue GetAtt(string resourceName, string attribute, int line)
    {
        var resource = DeclaredResource(resourceName, line, "Fn::GetAtt");
        if (Identity(resource).Attribute(attribute) is { } value) return new CfnString(value);
        if (resource.Properties[attribute] is { } declared && _namingInProgress.Add(resourceName))
        {
            try
            {
                return Resolve(declared);
            }
            finally
            {
                _namingInProgress.Remove(resourceName);
            }
        }
        if (resource.Type == "AWS::CloudFormation::Stack" && attribute.StartsWith("Outputs.", StringComparison.Ordinal)
            && _nestedOutput(resourceName, attribute["Outputs.".Length..]) is { } output)
            return output;
        return new CfnUnknown($"the attribute {attribute} of {resourceName}, known only after deployment");
    }

    private CfnValue Sub(TemplateNode argument, int line)
    {
        var (template, variables) = argument switch
        {
            TemplateScalar { Value: { } text } => (text, new TemplateMap([], line)),
            TemplateList { Items: [TemplateScalar { Value: { } text }, TemplateMap vars] } => (text, vars),
            _ => throw Error(line, "Fn::Sub takes a string or [string, {variables}]."),
        };
        var parts = SubstitutionParts.Split(template) ?? throw Error(line, $"Fn::Sub string has a '${{' without its '}}': {template}");
        var result = new StringBuilder();
        foreach (var (text, isVariable) in parts)
        {
            if (!isVariable)
            {
                result.Append(text);
                continue;
            }
            var value = variables[text] is { } node ? Resolve(node)
                : text.IndexOf('.') > 0 && PseudoParameters.Value(text, "", "") is null && !_parameters.ContainsKey(text)
                    ? GetAtt(text[..text.IndexOf('.')], text[(text.IndexOf('.') + 1)..], line)
                    : Ref(text, line);
            switch (value)
            {
                case CfnString s:
                    result.Append(s.Value);
                    break;
                case CfnUnknown unknown:
                    return unknown;
                default:
                    throw Error(line, $"Fn::Sub variable ${{{text}}} is not a string.");
            }
        }
        return new CfnString(result.ToString());
    }

    private CfnValue If(TemplateNode argument, int line)
    {
        if (argument is not TemplateList { Items: [TemplateScalar { Value: { } condition }, var whenTrue, var whenFalse] })
            throw Error(line, "Fn::If takes [ConditionName, value if true, value if false].");
        return _conditions.Value(condition, line) switch
        {
            CfnString { Value: "true" } => Resolve(whenTrue),
            CfnString => Resolve(whenFalse),
            CfnUnknown u => new CfnUnknown($"decided by the condition {condition}, which depends on {u.Reason}"),
            _ => throw Error(line, $"condition {condition} is not a condition."),
        };
    }

    private string Name(TemplateNode argument, string function) => argument is TemplateScalar { Value: { } name }
        ? name
        : throw Error(argument.Line, $"{function} takes a name.");
}
