namespace Vigil.Aws.Sts;

/// <summary>Who the credentials belong to (sts:GetCallerIdentity): the account scanned and the principal scanning it.</summary>
public sealed record CallerIdentity(string Account, string Arn, string UserId);
