using Vigil.Access.Exposure;
using Vigil.Core.Checks;

namespace Vigil.Checks.Policies;

/// <summary>The verdict of the "shared only inside the organization and with trusted accounts" checks on what the
/// exposure analysis found for a snapshot or image: fail for each account outside both (and, when
/// <paramref name="includePublic"/>, for public sharing), naming them and the actions they get.</summary>
internal static class ExternalSharing
{
    public static CheckOutcome Evaluate(ExposedResource? exposed, string what, bool includePublic)
    {
        if (exposed is null) return CheckOutcome.Pass($"{what} is not shared with other accounts.");
        if (exposed.Grants.Count == 0) return CheckOutcome.Error($"Whether {what} is shared could not be assessed: {string.Join("; ", exposed.Problems)}.");
        var outside = exposed.Grants.Where(g => g.Label == ExposureLabel.External || (includePublic && g.Label == ExposureLabel.Public)).ToList();
        if (outside.Count == 0)
            return CheckOutcome.Pass($"{what} is shared only with accounts of the organization or the trusted list: {string.Join(", ", exposed.Grants.Select(g => g.Who))}.");
        var actions = string.Join(", ", outside[0].Actions.SelectMany(a => a.Actions));
        return CheckOutcome.Fail($"{what} is shared outside the organization and the trusted accounts with {string.Join(", ", outside.Select(g => g.Who))} ({actions}).");
    }
}
