using Vigil.Core.Checks;
using Vigil.Core.Model;

namespace Vigil.Checks.Checks.DataGovernance;

/// <summary>A data store of type <typeparamref name="T"/> carries every configured dataClassificationTagKeys tag with a
/// value. Without that setting the check reports one manual finding per account (<see cref="UnconfiguredSetting{T}"/>);
/// a store whose tags could not be read is an error.</summary>
internal abstract class ClassificationTagCheck<T> : Check<T> where T : Resource
{
    public override IReadOnlyList<string>? Reads => ["Tags"];

    /// <summary>How a finding names the data store, e.g. "Bucket acme-exports".</summary>
    protected abstract string Subject(T resource);

    /// <summary>False for stores no data-governance rule applies to (a secret scheduled for deletion).</summary>
    protected virtual bool Applies(T resource) => true;

    public override CheckOutcome Evaluate(T resource, CheckContext context)
    {
        var keys = context.Settings.DataClassificationTagKeys;
        // Before Applies, so that the account's first resource carries the manual finding whatever it is.
        if (keys.Count == 0) return UnconfiguredSetting<T>.Outcome(resource, context, "dataClassificationTagKeys", "the data classification");
        if (!Applies(resource)) return NotApplicable;
        var tags = resource.Tags;
        for (var i = 0; i < keys.Count; i++)
        {
            if (!tags.TryGetValue(keys[i], out var value) || string.IsNullOrWhiteSpace(value))
                return Fail($"{Subject(resource)} has no value for the classification tag{(keys.Count == 1 ? "" : "s")} {Missing(tags, keys)}.");
        }
        return Pass($"{Subject(resource)} is classified ({Present(tags, keys)}).");
    }

    private static string Missing(IReadOnlyDictionary<string, string> tags, IReadOnlyList<string> keys) =>
        string.Join(", ", keys.Where(k => !tags.TryGetValue(k, out var v) || string.IsNullOrWhiteSpace(v)));

    private static string Present(IReadOnlyDictionary<string, string> tags, IReadOnlyList<string> keys) =>
        string.Join(", ", keys.Select(k => $"{k}={tags[k]}"));
}
