using Xunit;
using Xunit.Sdk;

namespace Vigil.Testing.Skipping;

/// <summary>A fact that may skip itself at run time by throwing <see cref="SkipTestException"/> (xunit 2 has no Assert.Skip).</summary>
[XunitTestCaseDiscoverer("Vigil.Testing.Skipping.SkippableFactDiscoverer", "Vigil.Testing")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SkippableFactAttribute : FactAttribute
{
}
