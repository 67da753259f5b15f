using Vigil.Iam;

namespace Vigil.Access.Exposure;

/// <summary>One caller asking about one resource: the object ARNs to try for object actions and the RCP levels of
/// the resource's account (null when none apply).</summary>
internal sealed record PolicyProbe(ProbeCaller Caller, string ResourceArn, string Owner, IReadOnlyList<string> Objects,
    IReadOnlyList<IReadOnlyList<Policy>>? Rcps)
{
    public PolicyProbe With(IReadOnlyDictionary<string, IReadOnlyList<string>> values) =>
        values.Count == 0 ? this : this with { Caller = Caller.With(values) };
}
