using Vigil.Iam.Catalog;

namespace Vigil.Iam.Lint;

/// <summary>Resource ARNs: their form, whether they fit the statement's actions, Resource "*" and iam:PassRole.</summary>
internal static class ResourceRules
{
    public static void Run(LintContext context)
    {
        Dictionary<(string, string), bool>? overlaps = null;
        foreach (var statement in context.Statements)
        {
            if (statement.Compiled.Resources is null) continue;
            var resources = statement.Compiled.ResourceValues;
            var valid = new List<string>();
            for (var i = 0; i < resources.Count; i++)
            {
                if (resources[i] == "*") continue;
                if (IsArn(resources[i])) valid.Add(Wildcards.FromTemplate(resources[i]));
                else context.Add(LintRules.InvalidArn, $"\"{resources[i]}\" is neither \"*\" nor an ARN (arn:partition:service:region:account:resource).", statement, statement.ValuePath(statement.ResourceField, i));
            }

            var everyResource = resources.Contains("*");
            if (!statement.Compiled.NotAction && !statement.Compiled.NotResource && !everyResource && valid.Count > 0)
                Mismatches(context, statement, valid, overlaps ??= []);
            if (statement.IsAllow && !statement.Compiled.NotAction && !statement.Compiled.NotResource && everyResource
                && context.Kind == LintPolicyKind.Identity && !statement.HasCondition)
                Star(context, statement);
            if (statement.IsAllow && context.Kind == LintPolicyKind.Identity && statement.CoversAction("iam:PassRole") && statement.CoversEveryResource)
                context.Add(LintRules.PassRoleStar,
                    $"iam:PassRole is allowed {(statement.Compiled.NotResource ? "with NotResource" : "on Resource \"*\"")}{(statement.Compiled.NotAction ? " through NotAction" : "")}: any role, administrators included, can be passed to a service; name the roles (arn:aws:iam::ACCOUNT:role/NAME).",
                    statement, $"{statement.Path}.{statement.ResourceField}");
        }
    }

    /// <summary>arn:partition:service:region:account:resource, with placeholders for policy variables.</summary>
    private static bool IsArn(string resource)
    {
        var text = Wildcards.FromTemplate(resource);
        return text.StartsWith("arn:", StringComparison.Ordinal) && (text.Count(c => c == ':') >= 5 || text.EndsWith('*'));
    }

    private static void Mismatches(LintContext context, LintStatement statement, List<string> resources, Dictionary<(string, string), bool> overlaps)
    {
        var values = statement.Compiled.ActionValues;
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] == "*") continue;
            var actions = context.Expand(values[i]);
            if (actions.Count == 0 || Fits(CatalogLists.ArnPatterns(context.Catalog, values[i]), resources, overlaps)) continue;
            var path = statement.ValuePath(statement.ActionField, i);
            if (actions.Count > 1)
                context.Add(LintRules.ResourceMismatch, $"None of the actions \"{values[i]}\" matches acts on the statement's resources ({string.Join(", ", statement.Compiled.ResourceValues)}).", statement, path);
            else if (actions[0].ResourceTypes.Count == 0)
                context.Add(LintRules.ResourceMismatch, $"{actions[0].FullName} does not support resource-level permissions: it is allowed or denied only by Resource \"*\".", statement, path);
            else
                context.Add(LintRules.ResourceMismatch, $"{actions[0].FullName} acts on {Describe(actions[0])}; none of the statement's resources fits.", statement, path);
        }
    }

    /// <summary>Whether some resource overlaps some ARN pattern; each pair is worked out once per lint.</summary>
    private static bool Fits(string[] arnPatterns, List<string> resources, Dictionary<(string, string), bool> overlaps)
    {
        foreach (var arnPattern in arnPatterns)
        {
            foreach (var resource in resources)
            {
                if (!overlaps.TryGetValue((resource, arnPattern), out var overlap))
                {
                    overlap = Wildcards.HasWildcard(resource) ? Wildcards.Overlap(resource, arnPattern) : Wildcards.Matches(arnPattern, resource);
                    overlaps[(resource, arnPattern)] = overlap;
                }

                if (overlap) return true;
            }
        }

        return false;
    }

    private static string Describe(IamAction action) =>
        string.Join(", ", action.ResourceTypes.Take(3).Select(t => $"{t.Name} ({t.ArnFormat})")) + (action.ResourceTypes.Count > 3 ? ", ..." : "");

    private static void Star(LintContext context, LintStatement statement)
    {
        var scoped = new List<string>();
        foreach (var action in statement.Compiled.ActionValues)
        {
            if (Wildcards.HasWildcard(action) || !context.Catalog.TryGetAction(action, out var known)) continue;
            if (known.ResourceTypes.Count > 0) scoped.Add(known.FullName);
        }

        if (scoped.Count == 0) return;
        context.Add(LintRules.ResourceStar,
            $"Resource \"*\" for actions that support resource-level permissions ({string.Join(", ", scoped.Take(5))}{(scoped.Count > 5 ? $" and {scoped.Count - 5} more" : "")}); name the resources.",
            statement, $"{statement.Path}.Resource");
    }
}
