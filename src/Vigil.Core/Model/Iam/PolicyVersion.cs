namespace Vigil.Core.Model.Iam;

public sealed record PolicyVersion(string VersionId, bool IsDefaultVersion, string Document, DateTimeOffset? CreateDate = null);
