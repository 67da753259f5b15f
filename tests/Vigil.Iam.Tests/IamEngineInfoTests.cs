namespace Vigil.Iam.Tests;

public sealed class IamEngineInfoTests
{
    [Fact]
    public void PolicyVersions_AreTheTwoAwsDefines() => Assert.Equal(["2012-10-17", "2008-10-17"], IamEngineInfo.PolicyVersions);
}
