using Xunit.Sdk;

namespace Vigil.Reports.Tests.Validation;

/// <summary>A fact that may skip itself at run time by throwing <see cref="SkipTestException"/> (xunit 2 has no Assert.Skip).</summary>
[XunitTestCaseDiscoverer("Vigil.Reports.Tests.Validation.SkippableFactDiscoverer", "Vigil.Reports.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SkippableFactAttribute : FactAttribute
{
}
