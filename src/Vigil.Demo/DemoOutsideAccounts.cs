namespace Vigil.Demo;

/// <summary>Accounts outside Acme's estate that its resource policies name.</summary>
public static class DemoOutsideAccounts
{
    /// <summary>Northwind Logistics, the partner that exchanges shipment files with Acme.</summary>
    public const string Partner = "777788889999";

    /// <summary>Acme's AWS Organizations organization.</summary>
    public const string Organization = "o-acme1234ab";
}
