namespace Vigil.Testing.Skipping;

/// <summary>Thrown by a <see cref="SkippableFactAttribute"/> test to report itself skipped, with the reason shown by the runner.</summary>
public sealed class SkipTestException(string reason) : Exception(reason);
