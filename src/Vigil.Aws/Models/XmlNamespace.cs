namespace Vigil.Aws.Models;

/// <summary>An XML namespace attached to a shape or member: xmlns="Uri" or, with a prefix, xmlns:Prefix="Uri".</summary>
public sealed record XmlNamespace(string? Prefix, string Uri);
