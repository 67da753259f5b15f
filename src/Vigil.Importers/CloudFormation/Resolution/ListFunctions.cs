using Vigil.Importers.CloudFormation.Stacks;
using Vigil.Importers.CloudFormation.Syntax;

namespace Vigil.Importers.CloudFormation.Resolution;

/// <summary>The intrinsic functions that build, pick from or look up values: Fn::Join, Fn::Select, Fn::Split,
/// Fn::FindInMap and Fn::Cidr. An unknown argument makes the result unknown.</summary>
internal sealed class ListFunctions(TemplateStack stack, TemplateResolver resolver)
{
    public CfnValue Join(TemplateNode argument, int line)
    {
        if (argument is not TemplateList { Items: [var delimiterNode, var listNode] } || resolver.Resolve(delimiterNode) is not CfnString delimiter)
            throw resolver.Error(line, "Fn::Join takes [delimiter, [values]].");
        var list = resolver.Resolve(listNode);
        if (list is CfnUnknown unknown) return unknown;
        if (list is not CfnList items) throw resolver.Error(line, "Fn::Join takes a list of values to join.");
        var strings = new List<string>();
        foreach (var item in items.Items)
        {
            switch (item)
            {
                case CfnString s: strings.Add(s.Value); break;
                case CfnUnknown u: return u;
                default: throw resolver.Error(line, "Fn::Join joins strings only.");
            }
        }
        return new CfnString(string.Join(delimiter.Value, strings));
    }

    public CfnValue Select(TemplateNode argument, int line)
    {
        if (argument is not TemplateList { Items: [var indexNode, var listNode] }) throw resolver.Error(line, "Fn::Select takes [index, [values]].");
        var index = resolver.Resolve(indexNode);
        var list = resolver.Resolve(listNode);
        if (index is CfnUnknown u1) return u1;
        if (list is CfnUnknown u2) return u2;
        if (index is not CfnString { Value: var text } || !int.TryParse(text, out var i) || list is not CfnList items)
            throw resolver.Error(line, "Fn::Select takes a number and a list.");
        if (i < 0 || i >= items.Items.Count) throw resolver.Error(line, $"Fn::Select index {i} is outside the list of {items.Items.Count}.");
        return items.Items[i];
    }

    public CfnValue Split(TemplateNode argument, int line)
    {
        if (argument is not TemplateList { Items: [var delimiterNode, var sourceNode] } || resolver.Resolve(delimiterNode) is not CfnString { Value.Length: > 0 } delimiter)
            throw resolver.Error(line, "Fn::Split takes [delimiter, string].");
        return resolver.Resolve(sourceNode) switch
        {
            CfnString s => new CfnList(s.Value.Split(delimiter.Value).Select(p => (CfnValue)new CfnString(p)).ToList()),
            CfnUnknown u => u,
            _ => throw resolver.Error(line, "Fn::Split splits a string."),
        };
    }

    public CfnValue FindInMap(TemplateNode argument, int line)
    {
        if (argument is not TemplateList { Items.Count: 3 or 4 } list) throw resolver.Error(line, "Fn::FindInMap takes [MapName, TopLevelKey, SecondLevelKey].");
        var keys = new List<string>();
        foreach (var item in list.Items.Take(3))
        {
            switch (resolver.Resolve(item))
            {
                case CfnString s: keys.Add(s.Value); break;
                case CfnUnknown u: return u;
                default: throw resolver.Error(item.Line, "Fn::FindInMap keys must be strings.");
            }
        }
        if (stack.Mappings[keys[0]] is not TemplateMap map) throw resolver.Error(line, $"Fn::FindInMap names the mapping {keys[0]}, which Mappings does not declare.");
        if (map[keys[1]] is TemplateMap top && top[keys[2]] is { } value) return resolver.Resolve(value);
        if (list.Items.Count == 4 && list.Items[3] is TemplateMap { Entries: [{ Key: "DefaultValue" } fallback] }) return resolver.Resolve(fallback.Value);
        throw resolver.Error(line, $"Fn::FindInMap: the mapping {keys[0]} has no {keys[1]}.{keys[2]}.");
    }

    public CfnValue Cidr(TemplateNode argument, int line)
    {
        if (argument is not TemplateList { Items: [var blockNode, var countNode, var bitsNode] }) throw resolver.Error(line, "Fn::Cidr takes [ipBlock, count, cidrBits].");
        var values = new[] { resolver.Resolve(blockNode), resolver.Resolve(countNode), resolver.Resolve(bitsNode) };
        if (values.OfType<CfnUnknown>().FirstOrDefault() is { } unknown) return unknown;
        if (values is not [CfnString block, CfnString { Value: var c }, CfnString { Value: var b }] || !int.TryParse(c, out var count) || !int.TryParse(b, out var bits))
            throw resolver.Error(line, "Fn::Cidr takes an IPv4 block, a count and a number of host bits.");
        var subnets = CidrBlocks.Carve(block.Value, count, bits) ?? throw resolver.Error(line, $"Fn::Cidr cannot carve {count} blocks of {bits} host bits from {block.Value}.");
        return new CfnList(subnets.Select(s => (CfnValue)new CfnString(s)).ToList());
    }
}
