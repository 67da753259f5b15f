namespace Vigil.Checks.Checks.SecretsManager;

/// <summary>Day counts for finding messages: "1 day", "12 days".</summary>
internal static class Days
{
    public static string Of(int days) => days == 1 ? "1 day" : $"{days} days";
}
