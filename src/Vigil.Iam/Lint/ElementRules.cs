namespace Vigil.Iam.Lint;

/// <summary>Elements the policy kind requires or forbids, and Allow with the Not- elements.</summary>
internal static class ElementRules
{
    private static readonly string[] TrustActions =
        ["sts:AssumeRole", "sts:AssumeRoleWithSAML", "sts:AssumeRoleWithWebIdentity", "sts:TagSession", "sts:SetSourceIdentity", "sts:SetContext"];

    public static void Run(LintContext context)
    {
        foreach (var statement in context.Statements)
        {
            var hasResource = statement.Has("Resource") || statement.Has("NotResource");
            var hasPrincipal = statement.Has("Principal") || statement.Has("NotPrincipal");
            if (context.IsIdentityLike && !hasResource)
                context.Add(LintRules.MissingResource, $"Statement {statement.Index} has no Resource or NotResource, which this kind of policy requires.", statement, statement.Path);
            if (context.IsIdentityLike && hasPrincipal)
                context.Add(LintRules.UnsupportedPrincipal, $"{statement.PrincipalField} is not allowed in this kind of policy: it applies to whoever it is attached to.", statement, $"{statement.Path}.{statement.PrincipalField}");
            if (context.IsResourceLike && !hasPrincipal)
                context.Add(LintRules.MissingPrincipal, $"Statement {statement.Index} names no Principal or NotPrincipal, which a resource or trust policy requires.", statement, statement.Path);
            if (context.Kind == LintPolicyKind.Trust && hasResource)
                context.Add(LintRules.UnsupportedResource, $"{statement.ResourceField} is not allowed in a role trust policy: the role itself is the resource.", statement, $"{statement.Path}.{statement.ResourceField}");
            if (context.Kind == LintPolicyKind.Trust) TrustActionsOnly(context, statement);
            if (!statement.IsAllow || context.Kind == LintPolicyKind.ServiceControl || context.Kind == LintPolicyKind.Boundary) continue;
            if (statement.Compiled.NotAction)
                context.Add(LintRules.NotActionWithAllow, "Allow with NotAction grants every action not listed, including actions AWS adds later; list the actions instead.", statement, $"{statement.Path}.NotAction");
            if (statement.Compiled.NotResource)
                context.Add(LintRules.NotResourceWithAllow, "Allow with NotResource grants every resource not listed, including resources created later; list the resources instead.", statement, $"{statement.Path}.NotResource");
        }
    }

    private static void TrustActionsOnly(LintContext context, LintStatement statement)
    {
        if (statement.Compiled.NotAction) return;
        var values = statement.Compiled.ActionValues;
        for (var i = 0; i < values.Count; i++)
        {
            var action = values[i];
            if (action == "*" || action.StartsWith("sts:", StringComparison.OrdinalIgnoreCase) && TrustActions.Any(t => Wildcards.Matches(action, t))) continue;
            context.Add(LintRules.UnsupportedTrustAction, $"\"{action}\" cannot be granted by a trust policy; trust policies take {string.Join(", ", TrustActions)}.", statement, statement.ValuePath(statement.ActionField, i));
        }
    }
}
