namespace Vigil.Importers.CloudFormation.Identity;

/// <summary>A declared resource's name, what <c>Ref</c> returns for it, its ARN, and the other attributes that are
/// identities (known to be set though AWS assigns them, e.g. a security group's GroupId).</summary>
internal sealed record ResourceIdentity(string Name, string Ref, string Arn)
{
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();

    /// <summary>The value of <c>Fn::GetAtt</c> for <paramref name="attribute"/>, or null when it is not an identity.</summary>
    public string? Attribute(string attribute) => attribute == "Arn" ? Arn : Attributes.GetValueOrDefault(attribute);
}
