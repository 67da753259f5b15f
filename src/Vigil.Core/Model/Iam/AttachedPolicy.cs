namespace Vigil.Core.Model.Iam;

/// <summary>A managed policy attached to a user, group or role; the document is on the <see cref="ManagedPolicy"/>.</summary>
public sealed record AttachedPolicy(string PolicyName, string PolicyArn);
