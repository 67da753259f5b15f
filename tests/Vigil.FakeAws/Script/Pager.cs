using System.Globalization;
using System.Text.Json.Nodes;
using Vigil.Aws.Models;

namespace Vigil.ScriptedAws.Script;

/// <summary>Cuts a scripted output into the page a request asks for, by the operation's botocore paginator: the
/// input token gives the offset, the limit key (when sent and smaller) or the fake's page size the length; every
/// result key list is windowed alike; the output tokens carry the next offset and the more-results flag says
/// whether one follows. Tokens are opaque text ("page-200").</summary>
public static class Pager
{
    private const string TokenPrefix = "page-";

    public static JsonObject Page(Operation operation, JsonObject output, JsonObject input, int pageSize)
    {
        if (operation.Paginator is not { ResultKeys.Count: > 0 } paginator) return output;
        var offset = Offset(operation, paginator, input);
        var size = Limit(paginator, input) is { } limit && limit > 0 ? Math.Min(limit, pageSize) : pageSize;
        var page = output.DeepClone().AsObject();
        var more = false;
        foreach (var key in paginator.ResultKeys)
        {
            if (Navigate(page, key, create: false) is not ({ } parent, var name) || parent[name] is not JsonArray list) continue;
            var window = list.Skip(offset).Take(size).Select(n => n?.DeepClone()).ToArray();
            more |= list.Count > offset + size;
            parent[name] = new JsonArray(window);
        }
        foreach (var token in paginator.OutputTokens)
        {
            var path = token.Split("||", StringSplitOptions.TrimEntries)[0];
            if (path.Contains('[', StringComparison.Ordinal)) continue;
            if (Navigate(page, path, create: more) is not ({ } parent, var name)) continue;
            if (more) parent[name] = TokenPrefix + (offset + size).ToString(CultureInfo.InvariantCulture);
            else parent.Remove(name);
        }
        if (paginator.MoreResults is { } flag && Navigate(page, flag, create: true) is ({ } flagParent, var flagName))
        {
            flagParent[flagName] = more;
        }
        return page;
    }

    private static int Offset(Operation operation, Paginator paginator, JsonObject input)
    {
        var token = paginator.InputTokens.Select(t => input[t]).FirstOrDefault(t => t is not null);
        if (token is null) return 0;
        var text = ScriptedAccount.Text(token);
        return text.StartsWith(TokenPrefix, StringComparison.Ordinal) && int.TryParse(text[TokenPrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            ? offset
            : throw new ArgumentException($"{operation}: '{text}' is not a pagination token this endpoint gave");
    }

    private static int? Limit(Paginator paginator, JsonObject input) =>
        paginator.LimitKey is { } key && input[key] is { } value && int.TryParse(ScriptedAccount.Text(value), NumberStyles.Integer, CultureInfo.InvariantCulture, out var limit)
            ? limit
            : null;

    private static (JsonObject Parent, string Name)? Navigate(JsonObject root, string path, bool create)
    {
        var parts = path.Split('.');
        var current = root;
        foreach (var part in parts[..^1])
        {
            if (current[part] is JsonObject next) current = next;
            else if (create && current[part] is null) current = (JsonObject)(current[part] = new JsonObject());
            else return null;
        }
        return (current, parts[^1]);
    }
}
