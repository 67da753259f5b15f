using Vigil.Importers.CloudFormation.Stacks;
using Vigil.Importers.CloudFormation.Syntax;

namespace Vigil.Importers.CloudFormation.Resolution;

/// <summary>The value of each declared parameter: the given value (a --parameter override, or what a parent stack
/// passes), else the Default, else unknown. Values outside AllowedValues are input errors.</summary>
internal static class ParameterValues
{
    public static Dictionary<string, CfnValue> Resolve(TemplateStack stack, IReadOnlyDictionary<string, CfnValue> given)
    {
        var values = new Dictionary<string, CfnValue>(StringComparer.Ordinal);
        foreach (var parameter in stack.Parameters)
        {
            values[parameter.Name] = ValueOf(parameter, given.GetValueOrDefault(parameter.Name), stack.Path);
        }
        return values;
    }

    private static CfnValue ValueOf(ParameterDeclaration parameter, CfnValue? given, string path)
    {
        if (parameter.IsSsmValue)
            return new CfnUnknown($"the parameter {parameter.Name}, read from Systems Manager Parameter Store at deployment");
        var value = given ?? (parameter.Default is { } text ? new CfnString(text) : null);
        if (value is null) return new CfnUnknown($"the parameter {parameter.Name}, which has no value");
        if (value is CfnString known)
        {
            var items = parameter.IsList ? known.Value.Split(',').Select(v => v.Trim()).ToList() : [known.Value];
            if (parameter.AllowedValues is { } allowed)
            {
                foreach (var item in items.Where(i => !allowed.Contains(i)))
                    throw TemplateSyntaxError.At(path, parameter.Line, $"parameter {parameter.Name} is '{item}', which is not one of its AllowedValues ({string.Join(", ", allowed)}).");
            }
            return parameter.IsList ? new CfnList(items.Select(i => (CfnValue)new CfnString(i)).ToList()) : known;
        }
        return value;
    }
}
