using CsCheck;

namespace Vigil.Iam.Tests.Properties;

/// <summary>
/// The policy grammar's shorthands mean the same as their long forms: Statement as one object or a one-element array;
/// a string or a one-element array for Action, Resource, Principal values and condition values; "*" or {"AWS": "*"};
/// JSON booleans and numbers in conditions or their string forms.
/// </summary>
public sealed class ParserShapeProperties
{
    private static readonly Gen<RenderStyle> Style =
        Gen.Select(Gen.Bool, Gen.Bool, Gen.Bool, Gen.Bool).Select((statement, values, star, typed) => new RenderStyle(statement, values, star, typed));

    [Fact]
    public void ShorthandForms_ParseToTheSameOutcome_AsTheCanonicalForm()
    {
        var tally = PropertyRunner.Check(Gen.Select(PolicyGenerators.Case, Style), input =>
        {
            var (canonical, style) = input;
            var shorthand = canonical with { Style = style };
            var decision = Expect.SameOutcome(canonical, shorthand, $"writing the policies with {style}");
            var sameText = canonical.Policies().All(p => p.Policy.ToJson(RenderStyle.Canonical, indented: false) == p.Policy.ToJson(style, indented: false));
            return sameText ? $"{decision}, same text" : $"{decision}, other text";
        });

        tally.RequireShare("allowed, other text", 10);
        tally.RequireShare("explicitDeny, other text", 10);
        tally.RequireShare("implicitDeny, other text", 10);
    }
}
