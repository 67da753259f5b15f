namespace Vigil.Iam.Tests.Properties;

/// <summary>How generated policies are written as JSON: the canonical form uses arrays everywhere, the others the
/// equivalent shorthands the policy grammar allows.</summary>
internal sealed record RenderStyle(bool SingleStatementAsObject, bool SingleValuesAsStrings, bool StarPrincipalAsString, bool TypedConditionValues)
{
    public static readonly RenderStyle Canonical = new(false, false, false, false);

    public override string ToString() =>
        $"statement as object: {SingleStatementAsObject}, single values as strings: {SingleValuesAsStrings}, "
        + $"\"*\" principal as string: {StarPrincipalAsString}, JSON numbers and booleans in conditions: {TypedConditionValues}";
}
