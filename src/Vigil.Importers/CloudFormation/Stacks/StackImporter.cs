using Vigil.Core.Model;
using Vigil.Importers.CloudFormation.Mapping;
using Vigil.Importers.CloudFormation.Resolution;
using Vigil.Importers.CloudFormation.Syntax;

namespace Vigil.Importers.CloudFormation.Stacks;

/// <summary>Imports one template file, and recursively the nested stacks whose TemplateURL is a local path, into the
/// snapshot under construction.</summary>
internal sealed class StackImporter
{
    private const int MaxNestingDepth = 8;
    private const string NestedStackType = "AWS::CloudFormation::Stack";
    private readonly TemplateStack _stack;
    private readonly ImportOptions _options;
    private readonly MappingContext _context;
    private readonly string _addressPrefix;
    private readonly int _depth;
    private readonly TemplateResolver _resolver;
    private readonly Dictionary<string, StackImporter?> _nested = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ResolvedResource> _resolved = new(StringComparer.Ordinal);

    private StackImporter(TemplateStack stack, IReadOnlyDictionary<string, CfnValue> parameters, ImportOptions options, MappingContext context, string addressPrefix, int depth)
    {
        _stack = stack;
        _options = options;
        _context = context;
        _addressPrefix = addressPrefix;
        _depth = depth;
        _resolver = new TemplateResolver(stack, ParameterValues.Resolve(stack, parameters), options, addressPrefix, NestedOutput);
    }

    public static void Import(string path, string text, ImportOptions options, MappingContext context)
    {
        var given = options.Parameters.ToDictionary(p => p.Key, p => (CfnValue)new CfnString(p.Value), StringComparer.Ordinal);
        Create(path, text, given, options, context, "", 0).Run();
    }

    private static StackImporter Create(string path, string text, IReadOnlyDictionary<string, CfnValue> parameters, ImportOptions options, MappingContext context, string addressPrefix, int depth)
    {
        var stack = TemplateStackParser.Parse(path, TemplateReader.Read(path, text));
        return new StackImporter(stack, parameters, options, context, addressPrefix, depth);
    }

    private void Run()
    {
        Validate();
        foreach (var resource in _stack.Resources.Where(IsCreated)) Resolved(resource);
        foreach (var output in _stack.Outputs.Entries) ResolveOutput(output);

        _context.StackResources = _resolved.Values.ToList();
        _context.IdentityOf = _resolver.Identity;
        var mapped = _resolved.Values.SelectMany(r => ResourceMappers.For(r.Declaration.Type).Select(m => (Resource: ToMapped(r), Mapper: m))).ToList();
        foreach (var (resource, mapper) in mapped.Where(m => !m.Mapper.ConfiguresAnother)) mapper.Map(resource, _context);
        foreach (var (resource, mapper) in mapped.Where(m => m.Mapper.ConfiguresAnother)) mapper.Map(resource, _context);
        foreach (var nested in _resolved.Values.Where(r => r.Declaration.Type == NestedStackType)) NestedStack(nested.Declaration.LogicalId)?.Run();
    }

    private void Validate()
    {
        foreach (var resource in _stack.Resources)
        {
            foreach (var (name, line) in resource.DependsOn.Where(d => _stack.Resource(d.Name) is null))
                throw _resolver.Error(line, $"DependsOn of {resource.LogicalId} names {name}, which is not a resource of the template.");
            if (resource.Condition is { } condition) _resolver.Conditions.Value(condition, resource.ConditionLine);
        }
        foreach (var condition in _stack.Conditions.Entries) _resolver.Conditions.Value(condition.Key, condition.Line);
    }

    /// <summary>False only when the resource's condition is known to be false; a resource whose condition is
    /// unknown may be created, so it is scanned.</summary>
    private bool IsCreated(StackResource resource) =>
        resource.Condition is not { } condition || _resolver.Conditions.Value(condition, resource.ConditionLine) is not CfnString { Value: "false" };

    private ResolvedResource Resolved(StackResource resource)
    {
        if (_resolved.TryGetValue(resource.LogicalId, out var known)) return known;
        var properties = _resolver.Resolve(resource.Properties) as CfnMap ?? CfnMap.Empty;
        var resolved = new ResolvedResource(resource, properties);
        _resolved[resource.LogicalId] = resolved;
        return resolved;
    }

    private void ResolveOutput(TemplateEntry output)
    {
        if (output.Value is not TemplateMap body || body["Value"] is not { } value)
            throw _resolver.Error(output.Line, $"output {output.Key} has no Value.");
        if (body["Condition"] is TemplateScalar { Value: { } condition } && _resolver.Conditions.Value(condition, output.Line) is CfnString { Value: "false" }) return;
        _resolver.Resolve(value);
        if (body["Export"] is { } export) _resolver.Resolve(export);
    }

    private MappedResource ToMapped(ResolvedResource resource)
    {
        var declaration = resource.Declaration;
        var location = new SourceLocation(_stack.Path, declaration.Line, _addressPrefix + declaration.LogicalId);
        return new MappedResource(declaration, _resolver.Identity(declaration), resource.Properties, location, _options.AccountId, _options.Region)
        {
            UncertainCreation = declaration.Condition is { } condition && _resolver.Conditions.Value(condition, declaration.ConditionLine) is CfnUnknown unknown
                ? $"the condition {condition} holds, which depends on {unknown.Reason}"
                : null,
        };
    }

    private CfnValue? NestedOutput(string logicalId, string output)
    {
        var nested = NestedStack(logicalId);
        if (nested?._stack.Outputs[output] is not TemplateMap { } body || body["Value"] is not { } value) return null;
        return nested._resolver.Resolve(value);
    }

    /// <summary>The importer of a nested stack whose template is a local file; null for a remote TemplateURL (S3 or
    /// HTTPS), which cannot be read offline and is left out (see docs/inputs-cloudformation.md).</summary>
    private StackImporter? NestedStack(string logicalId)
    {
        if (_nested.TryGetValue(logicalId, out var known)) return known;
        var declaration = _stack.Resource(logicalId)!;
        var properties = Resolved(declaration).Properties;
        StackImporter? nested = null;
        if (properties["TemplateURL"] is CfnString { Value: var url } && !IsRemote(url))
        {
            if (_depth >= MaxNestingDepth) throw _resolver.Error(declaration.Line, $"nested stacks go deeper than {MaxNestingDepth} levels.");
            var path = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(_stack.Path) ?? "", url);
            var text = ReadNested(path, declaration.Line);
            var parameters = (properties["Parameters"] as CfnMap ?? CfnMap.Empty).Entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
            nested = Create(path, text, parameters, _options, _context, $"{_addressPrefix}{logicalId}/", _depth + 1);
        }
        _nested[logicalId] = nested;
        return nested;
    }

    private string ReadNested(string path, int line)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw _resolver.Error(line, $"cannot read the nested stack template {path}: {e.Message}");
        }
    }

    private static bool IsRemote(string url) =>
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("s3://", StringComparison.OrdinalIgnoreCase);
}
