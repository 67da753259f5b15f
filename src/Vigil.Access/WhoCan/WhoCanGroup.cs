namespace Vigil.Access.WhoCan;

/// <summary>An IAM group whose policies grant the request to the listed member users.</summary>
public sealed record WhoCanGroup(string Arn, string Name, IReadOnlyList<string> Members);
