namespace Vigil.Iam.Lint;

/// <summary>Action names against the catalog: unknown services and actions, patterns that match nothing, repeats.</summary>
internal static class ActionRules
{
    public static void Run(LintContext context)
    {
        foreach (var statement in context.Statements)
        {
            var values = statement.Compiled.ActionValues;
            for (var i = 0; i < values.Count; i++)
            {
                var action = values[i];
                if (action == "*") continue;
                Known(context, statement, action, i);
                Redundant(context, statement, values, i);
                if (statement.IsAllow && !statement.Compiled.NotAction && action.EndsWith(":*", StringComparison.Ordinal) && !Wildcards.HasWildcard(action.AsSpan(0, action.Length - 2)))
                    context.Add(LintRules.ServiceWildcard, $"\"{action}\" allows every {action[..^2]} action, including those AWS adds later; list the actions needed.", statement, Path(statement, i));
            }
        }
    }

    private static string Path(LintStatement statement, int index) => statement.ValuePath(statement.ActionField, index);

    private static void Known(LintContext context, LintStatement statement, string action, int index)
    {
        if (!Wildcards.HasWildcard(action) && context.Catalog.TryGetAction(action, out _)) return;
        var colon = action.IndexOf(':', StringComparison.Ordinal);
        var prefix = action[..colon];
        var name = action[(colon + 1)..];
        if (Wildcards.HasWildcard(prefix))
        {
            if (context.Expand(action).Count == 0)
                context.Add(LintRules.UnknownAction, $"\"{action}\" matches no action of any service.", statement, Path(statement, index));
            return;
        }

        if (!context.Catalog.TryGetService(prefix, out var service))
        {
            context.Add(LintRules.UnknownPrefix, $"\"{prefix}\" in \"{action}\" is not an AWS service prefix.{Suggestions.DidYouMean(prefix, context.Catalog.Services.Select(s => s.Prefix))}", statement, Path(statement, index));
            return;
        }

        if (name.Length == 0)
            context.Add(LintRules.UnknownAction, $"\"{action}\" names no action.", statement, Path(statement, index));
        else if (Wildcards.HasWildcard(name))
        {
            if (context.Expand(action).Count == 0)
                context.Add(LintRules.UnknownAction, $"\"{action}\" matches no {prefix} action.", statement, Path(statement, index));
        }
        else if (!service.TryGetAction(name, out _))
        {
            var suggestion = Suggestions.Closest(name, service.Actions.Select(a => a.Name));
            context.Add(LintRules.UnknownAction, $"{prefix} has no action \"{name}\".{(suggestion is null ? "" : $" Did you mean \"{prefix}:{suggestion}\"?")}", statement, Path(statement, index));
        }
    }

    private static void Redundant(LintContext context, LintStatement statement, IReadOnlyList<string> values, int index)
    {
        var action = values[index];
        for (var j = 0; j < values.Count; j++)
        {
            if (j == index) continue;
            var other = values[j];
            var repeats = string.Equals(other, action, StringComparison.OrdinalIgnoreCase) && j < index;
            var covered = !string.Equals(other, action, StringComparison.OrdinalIgnoreCase) && Wildcards.HasWildcard(other)
                && (!Wildcards.HasWildcard(action) || other == "*") && Wildcards.Matches(other, action);
            if (!repeats && !covered) continue;
            context.Add(LintRules.RedundantAction, $"\"{action}\" is already covered by \"{other}\" in the same statement.", statement, Path(statement, index));
            return;
        }
    }
}
