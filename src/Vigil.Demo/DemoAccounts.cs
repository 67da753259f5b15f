namespace Vigil.Demo;

/// <summary>The accounts and regions of the demo company, Acme Analytics.</summary>
public static class DemoAccounts
{
    public const string Prod = "111122223333";
    public const string Dev = "444455556666";
    public const string ProdName = "acme-prod";
    public const string DevName = "acme-dev";

    public const string UsEast1 = "us-east-1";
    public const string EuWest1 = "eu-west-1";
    public const string ApSoutheast2 = "ap-southeast-2";

    public static IReadOnlyList<string> All { get; } = [Prod, Dev];
    public static IReadOnlyList<string> Regions { get; } = [UsEast1, EuWest1, ApSoutheast2];

    /// <summary>The moment the demo estate was "collected"; ages (key age, expiry) are measured against it.</summary>
    public static DateTimeOffset CollectedAt { get; } = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    public static string NameOf(string accountId) => accountId == Prod ? ProdName : DevName;
}
