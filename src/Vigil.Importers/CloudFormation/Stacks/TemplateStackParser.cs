using Vigil.Importers.CloudFormation.Syntax;

namespace Vigil.Importers.CloudFormation.Stacks;

/// <summary>Splits a parsed template into its sections, rejecting a template of the wrong shape.</summary>
internal static class TemplateStackParser
{
    private static readonly HashSet<string> Sections =
        ["AWSTemplateFormatVersion", "Description", "Metadata", "Parameters", "Rules", "Mappings", "Conditions", "Transform", "Resources", "Outputs", "Hooks"];

    public static TemplateStack Parse(string path, TemplateNode root)
    {
        if (root is not TemplateMap map) throw TemplateSyntaxError.At(path, root.Line, "a template is a mapping of sections (Resources, Parameters, ...).");
        foreach (var entry in map.Entries.Where(e => !Sections.Contains(e.Key)))
            throw TemplateSyntaxError.At(path, entry.Line, $"unknown template section '{entry.Key}'.");
        RejectTransforms(map.Entry("Transform"), path);
        var resources = map.Entry("Resources") ?? throw TemplateSyntaxError.At(path, 1, "the template has no Resources section.");
        if (resources.Value is not TemplateMap { Entries.Count: > 0 } resourceMap)
            throw TemplateSyntaxError.At(path, resources.Line, "Resources must be a mapping with at least one resource.");
        return new TemplateStack(
            path,
            Section(map, "Parameters", path).Entries.Select(e => Parameter(e, path)).ToList(),
            Section(map, "Mappings", path),
            Section(map, "Conditions", path),
            resourceMap.Entries.Select(e => Resource(e, path)).ToList(),
            Section(map, "Outputs", path));
    }

    /// <summary>Transforms other than AWS::LanguageExtensions (whose functions are evaluated) rewrite the template at
    /// deployment: AWS::Serverless turns AWS::Serverless::Function into Lambda resources, macros run user code.</summary>
    private static void RejectTransforms(TemplateEntry? transform, string path)
    {
        if (transform is null) return;
        var names = transform.Value switch
        {
            TemplateScalar { Value: { } name } => [name],
            TemplateList list => list.Items.Select(i => (i as TemplateScalar)?.Value ?? "a macro with parameters").ToList(),
            _ => ["a macro with parameters"],
        };
        foreach (var name in names.Where(n => n != "AWS::LanguageExtensions"))
            throw TemplateSyntaxError.At(path, transform.Line, $"the template uses the transform {name}, which cannot be expanded offline; scan the processed template (sam build/package output, or the processed template of the stack).");
    }

    private static TemplateMap Section(TemplateMap root, string name, string path) => root.Entry(name) switch
    {
        null => new TemplateMap([], 0),
        { Value: TemplateMap section } => section,
        { Value: TemplateScalar { Value: null } } entry => new TemplateMap([], entry.Line),
        var entry => throw TemplateSyntaxError.At(path, entry.Line, $"the {name} section must be a mapping."),
    };

    private static ParameterDeclaration Parameter(TemplateEntry entry, string path)
    {
        if (entry.Value is not TemplateMap body) throw TemplateSyntaxError.At(path, entry.Line, $"parameter {entry.Key} must be a mapping with a Type.");
        var type = Scalar(body, "Type", path) ?? throw TemplateSyntaxError.At(path, entry.Line, $"parameter {entry.Key} has no Type.");
        var allowed = body.Entry("AllowedValues") switch
        {
            null => null,
            { Value: TemplateList list } => list.Items.Select(i => (i as TemplateScalar)?.Value
                ?? throw TemplateSyntaxError.At(path, i.Line, $"AllowedValues of parameter {entry.Key} must be plain values.")).ToList(),
            var other => throw TemplateSyntaxError.At(path, other.Line, $"AllowedValues of parameter {entry.Key} must be a list."),
        };
        return new ParameterDeclaration(entry.Key, entry.Line, type, DefaultText(body, entry.Key, path), allowed);
    }

    private static string? DefaultText(TemplateMap body, string name, string path) => body.Entry("Default") switch
    {
        null => null,
        { Value: TemplateScalar scalar } => scalar.Value,
        { Value: TemplateList list } => string.Join(",", list.Items.Select(i => (i as TemplateScalar)?.Value)),
        var other => throw TemplateSyntaxError.At(path, other.Line, $"the Default of parameter {name} must be a plain value."),
    };

    private static StackResource Resource(TemplateEntry entry, string path)
    {
        if (entry.Value is not TemplateMap body) throw TemplateSyntaxError.At(path, entry.Line, $"resource {entry.Key} must be a mapping with a Type.");
        var type = Scalar(body, "Type", path) ?? throw TemplateSyntaxError.At(path, entry.Line, $"resource {entry.Key} has no Type.");
        var properties = body.Entry("Properties") switch
        {
            null => new TemplateMap([], entry.Line),
            { Value: TemplateMap map } => map,
            { Value: TemplateScalar { Value: null } } e => new TemplateMap([], e.Line),
            var e => throw TemplateSyntaxError.At(path, e.Line, $"the Properties of resource {entry.Key} must be a mapping."),
        };
        var condition = body.Entry("Condition");
        return new StackResource(entry.Key, type, entry.Line, properties, Scalar(body, "Condition", path), condition?.Line ?? entry.Line)
        {
            DependsOn = DependsOn(body.Entry("DependsOn"), entry.Key, path),
        };
    }

    private static List<(string, int)> DependsOn(TemplateEntry? entry, string resource, string path) => entry switch
    {
        null => [],
        { Value: TemplateScalar { Value: { } name } } => [(name, entry.Line)],
        { Value: TemplateList list } => list.Items.Select(i => i is TemplateScalar { Value: { } name }
            ? (name, i.Line)
            : throw TemplateSyntaxError.At(path, i.Line, $"DependsOn of resource {resource} must list logical ids.")).ToList(),
        _ => throw TemplateSyntaxError.At(path, entry.Line, $"DependsOn of resource {resource} must be a logical id or a list of them."),
    };

    private static string? Scalar(TemplateMap map, string key, string path) => map.Entry(key) switch
    {
        null => null,
        { Value: TemplateScalar scalar } => scalar.Value,
        var entry => throw TemplateSyntaxError.At(path, entry.Line, $"{key} must be a plain string."),
    };
}
