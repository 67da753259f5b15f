using Vigil.Cli.Inputs;
using Vigil.Importers;

namespace Vigil.Cli.Tests.Inputs;

public sealed class InputKindNamesTests
{
    [Fact]
    public void DetectedKinds_AreTheKindsTheCliAccepts() => Assert.Equal(InputKinds.All, InputKindDetector.Kinds);
}
