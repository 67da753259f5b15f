namespace Vigil.Iam;

/// <summary>A request context whose keys are already compared ignoring case, as IAM compares them: a request uses it as
/// given (any other kind of dictionary is copied into one that ignores case).</summary>
public interface ICaseInsensitiveDictionary : IReadOnlyDictionary<string, IReadOnlyList<string>>;
