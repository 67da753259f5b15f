namespace Vigil.Iam.Tests.Properties;

/// <summary>How generated policies are written as JSON: the canonical form (arrays everywhere, version 2012-10-17), the
/// equivalent shorthands the policy grammar allows, or another language version.</summary>
internal sealed record RenderStyle(bool SingleStatementAsObject, bool SingleValuesAsStrings, bool StarPrincipalAsString, bool TypedConditionValues)
{
    /// <summary>The policy language version written: under 2008-10-17, ${...} is literal text rather than a variable.</summary>
    public string Version { get; init; } = "2012-10-17";

    public static readonly RenderStyle Canonical = new(false, false, false, false);

    public override string ToString() =>
        $"statement as object: {SingleStatementAsObject}, single values as strings: {SingleValuesAsStrings}, "
        + $"\"*\" principal as string: {StarPrincipalAsString}, JSON numbers and booleans in conditions: {TypedConditionValues}, version {Version}";
}
