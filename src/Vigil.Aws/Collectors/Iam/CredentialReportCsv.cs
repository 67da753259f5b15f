using System.Globalization;
using Vigil.Core.Model.Account;

namespace Vigil.Aws.Collectors.Iam;

/// <summary>Reads the IAM credential report (CSV with a header row; "N/A", "no_information" and "not_supported"
/// mean no value) into rows.</summary>
internal static class CredentialReportCsv
{
    private static readonly string[] Required = ["user", "arn", "password_enabled", "mfa_active", "access_key_1_active", "access_key_2_active"];

    public static IReadOnlyList<CredentialReportRow> Parse(string csv)
    {
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0) throw new InvalidDataException("The IAM credential report is empty.");
        var header = lines[0].Split(',');
        var column = header.Select((name, i) => (name, i)).ToDictionary(c => c.name, c => c.i, StringComparer.Ordinal);
        if (Required.FirstOrDefault(r => !column.ContainsKey(r)) is { } missing)
            throw new InvalidDataException($"The IAM credential report has no '{missing}' column.");

        var rows = new List<CredentialReportRow>(lines.Length - 1);
        for (var n = 1; n < lines.Length; n++)
        {
            var cells = lines[n].Split(',');
            if (cells.Length != header.Length)
                throw new InvalidDataException($"Line {n + 1} of the IAM credential report has {cells.Length} fields, the header {header.Length}.");
            string? Cell(string name) => column.TryGetValue(name, out var i) && !IsNoValue(cells[i]) ? cells[i] : null;
            rows.Add(new CredentialReportRow
            {
                User = cells[column["user"]],
                Arn = cells[column["arn"]],
                UserCreationTime = Time(Cell("user_creation_time")),
                PasswordEnabled = Cell("password_enabled") == "true",
                PasswordLastUsed = Time(Cell("password_last_used")),
                PasswordLastChanged = Time(Cell("password_last_changed")),
                MfaActive = Cell("mfa_active") == "true",
                AccessKey1 = Key(Cell("access_key_1_active"), Cell("access_key_1_last_rotated"), Cell("access_key_1_last_used_date")),
                AccessKey2 = Key(Cell("access_key_2_active"), Cell("access_key_2_last_rotated"), Cell("access_key_2_last_used_date")),
            });
        }
        return rows;
    }

    /// <summary>A key slot holds a key when it is active or has a rotation date (an inactive key keeps its date).</summary>
    private static AccessKeyInfo? Key(string? active, string? lastRotated, string? lastUsed) =>
        active == "true" || lastRotated is not null
            ? new AccessKeyInfo { Active = active == "true", LastRotated = Time(lastRotated), LastUsed = Time(lastUsed) }
            : null;

    private static bool IsNoValue(string cell) => cell is "" or "N/A" or "no_information" or "not_supported";

    private static DateTimeOffset? Time(string? text) =>
        text is null ? null : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
