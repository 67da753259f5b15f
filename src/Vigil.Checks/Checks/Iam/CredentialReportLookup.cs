using Vigil.Core.Checks;
using Vigil.Core.Model;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.Iam;

namespace Vigil.Checks.Checks.Iam;

/// <summary>Finds an IAM user's row in its account's credential report (on the <see cref="Account"/> record), or
/// says precisely why it cannot.</summary>
internal static class CredentialReportLookup
{
    /// <summary>What a check that reads the credential report for a user depends on.</summary>
    public static IReadOnlyList<Type> DependsOn { get; } = [typeof(IamUser), typeof(Account)];

    public static bool TryFind(IamUser user, CheckContext context, out CredentialReportRow row, out CheckOutcome error)
    {
        row = null!;
        error = default;
        var account = context.Index.ByArn<Account>(Account.ArnFor(user.AccountId));
        string? missing = null;
        if (account is null)
        {
            missing = $"Account {user.AccountId} was not collected, so the credential report needed to judge IAM user {user.Name} is missing.";
        }
        else if (account.Unreadable.Contains(nameof(Account.CredentialReport), StringComparer.OrdinalIgnoreCase))
        {
            var cause = context.Index.Computed("iam-credential-report-errors", CollectErrors).GetValueOrDefault(account.Arn);
            missing = $"The credential report of account {user.AccountId} could not be read" + (cause is null ? "" : $" ({cause})") +
                      $", so IAM user {user.Name} cannot be judged.";
        }
        else if (account.CredentialReport.Count == 0)
        {
            missing = $"The credential report of account {user.AccountId} was not collected, so IAM user {user.Name} cannot be judged.";
        }
        else if (!context.Index.Computed("iam-credential-report-rows", IndexRows).TryGetValue(user.Arn, out var found))
        {
            missing = $"IAM user {user.Name} has no row in the credential report of account {user.AccountId} (the report predates the user).";
        }
        else
        {
            row = found;
            return true;
        }
        error = CheckOutcome.Error(missing);
        return false;
    }

    private static Dictionary<string, CredentialReportRow> IndexRows(Snapshot snapshot)
    {
        var rows = new Dictionary<string, CredentialReportRow>(StringComparer.Ordinal);
        foreach (var account in snapshot.Accounts)
        {
            foreach (var row in account.CredentialReport) rows.TryAdd(row.Arn, row);
        }
        return rows;
    }

    private static Dictionary<string, string> CollectErrors(Snapshot snapshot)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in snapshot.Errors)
        {
            if (e.ResourceArn is not null && string.Equals(e.Property, nameof(Account.CredentialReport), StringComparison.OrdinalIgnoreCase))
                errors.TryAdd(e.ResourceArn, e.Describe());
        }
        return errors;
    }
}
