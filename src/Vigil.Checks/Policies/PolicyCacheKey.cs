namespace Vigil.Checks.Policies;

/// <summary>A resource policy as the exposure cache sees it: the owner account and the document, in which the quoted
/// resource ARN (<c>"ARN"</c>, and the start of <c>"ARN/...</c>) stands for "this resource". Two keys are equal when the
/// documents differ only by naming their own resources there (see <see cref="PolicyCacheKeyComparer"/>).</summary>
internal readonly record struct PolicyCacheKey(string Account, string Document, string Resource);
