using Vigil.Core.Checks;
using Vigil.Core.Model.Account;

namespace Vigil.Checks.Checks.Iam;

/// <summary>The enabled credentials (console password, active access keys) of a credential report row that
/// have not been used for a number of days. A credential never used is measured from when it was created.</summary>
internal static class UnusedCredentials
{
    /// <summary>Descriptions of the stale credentials of <paramref name="row"/>, or null with <paramref name="unknown"/>
    /// naming the credential whose dates are missing.</summary>
    public static List<string>? Find(CredentialReportRow row, CheckContext context, int days, out string? unknown)
    {
        unknown = null;
        var stale = new List<string>();
        if (row.PasswordEnabled)
        {
            if (row.PasswordLastUsed is { } used) Add(stale, "console password", "last used", used, context, days);
            else if ((row.PasswordLastChanged ?? row.UserCreationTime) is { } set) Add(stale, "console password", "never used; set", set, context, days);
            else { unknown = "the console password"; return null; }
        }
        var number = 0;
        foreach (var key in new[] { row.AccessKey1, row.AccessKey2 })
        {
            number++;
            if (key is not { Active: true }) continue;
            if (key.LastUsed is { } used) Add(stale, $"access key {number}", "last used", used, context, days);
            else if ((key.LastRotated ?? row.UserCreationTime) is { } created) Add(stale, $"access key {number}", "never used; created", created, context, days);
            else { unknown = $"access key {number}"; return null; }
        }
        return stale;
    }

    private static void Add(List<string> stale, string credential, string verb, DateTimeOffset since, CheckContext context, int days)
    {
        var age = context.DaysSince(since);
        if (age >= days) stale.Add($"{credential} ({verb} {age} days ago)");
    }
}
