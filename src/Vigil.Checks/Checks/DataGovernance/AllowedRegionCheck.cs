using Vigil.Core.Checks;
using Vigil.Core.Model;

namespace Vigil.Checks.Checks.DataGovernance;

/// <summary>A data store of type <typeparamref name="T"/> lies in one of the configured allowedRegions. Without that
/// setting the check reports one manual finding per account (<see cref="UnconfiguredSetting{T}"/>).</summary>
internal abstract class AllowedRegionCheck<T> : Check<T> where T : Resource
{
    public override IReadOnlyList<string>? Reads => ["Region"];

    /// <summary>How a finding names the data store, e.g. "Bucket acme-exports".</summary>
    protected abstract string Subject(T resource);

    /// <summary>False for stores no data-governance rule applies to (a secret scheduled for deletion).</summary>
    protected virtual bool Applies(T resource) => true;

    public override CheckOutcome Evaluate(T resource, CheckContext context)
    {
        var allowed = context.Settings.AllowedRegions;
        // Before Applies, so that the account's first resource carries the manual finding whatever it is.
        if (allowed.Count == 0) return UnconfiguredSetting<T>.Outcome(resource, context, "allowedRegions", "the data residency");
        if (resource.Region is not { } region || !Applies(resource)) return NotApplicable;
        return AllowedRegions.Contains(allowed, region)
            ? Pass($"{Subject(resource)} is in {region}, an allowed region.")
            : Fail($"{Subject(resource)} is in {region}, outside the allowed regions ({AllowedRegions.Text(allowed)}).");
    }
}
