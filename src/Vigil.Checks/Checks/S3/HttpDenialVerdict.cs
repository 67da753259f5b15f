using Vigil.Checks.Policies;
using Vigil.Iam;

namespace Vigil.Checks.Checks.S3;

/// <summary>Whether a bucket policy denies plain-HTTP requests: null <see cref="Action"/> when it does, else the first
/// probe it lets through.</summary>
internal sealed record HttpDenialVerdict(string Resource, bool HoldsForRenamedResource, bool HoldsInAnotherAccount, string? ParseError, string? Action, bool FromOwnAccount, Decision Decision)
    : IPolicyVerdict
{
    public bool Cacheable => ParseError is null;

}
