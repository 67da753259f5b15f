using Xunit.Sdk;

namespace Vigil.Iam.Tests.Differential;

/// <summary>A fact that may skip itself at run time by throwing <see cref="SkipTestException"/> (xunit 2 has no Assert.Skip).</summary>
[XunitTestCaseDiscoverer("Vigil.Iam.Tests.Differential.SkippableFactDiscoverer", "Vigil.Iam.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SkippableFactAttribute : FactAttribute
{
}
