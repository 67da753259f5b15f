using System.Text.Json;

namespace Vigil.Iam.Tests.Properties;

/// <summary>A generated policy document: its statements, written under the version the style names.</summary>
internal sealed record GeneratedPolicy(IReadOnlyList<GeneratedStatement> Statements)
{
    public static readonly GeneratedPolicy FullAwsAccess = new([GeneratedStatement.AllowAll() with { Sid = "FullAWSAccess" }]);

    public static readonly GeneratedPolicy RcpFullAwsAccess = new([GeneratedStatement.AllowAll(GeneratedPrincipal.Star) with { Sid = "RCPFullAWSAccess" }]);

    public GeneratedPolicy Map(Func<GeneratedStatement, IEnumerable<GeneratedStatement>> map) => new(Statements.SelectMany(map).ToList());

    public GeneratedPolicy With(GeneratedStatement statement) => new([.. Statements, statement]);

    public Policy Compile(string label, RenderStyle style) => Policy.Parse(ToJson(style, indented: false), label);

    public string ToJson(RenderStyle style, bool indented) => PolicyJson.Write(writer => WriteTo(writer, style), indented);

    public override string ToString() => ToJson(RenderStyle.Canonical, indented: false);

    public void WriteTo(Utf8JsonWriter writer, RenderStyle style)
    {
        writer.WriteStartObject();
        writer.WriteString("Version", style.Version);
        writer.WritePropertyName("Statement");
        if (style.SingleStatementAsObject && Statements.Count == 1) Statements[0].WriteTo(writer, style);
        else
        {
            writer.WriteStartArray();
            foreach (var statement in Statements) statement.WriteTo(writer, style);
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
