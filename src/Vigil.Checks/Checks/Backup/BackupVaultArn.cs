namespace Vigil.Checks.Checks.Backup;

/// <summary>The region and account of a backup vault ARN (arn:PARTITION:backup:REGION:ACCOUNT:backup-vault:NAME).</summary>
internal readonly record struct BackupVaultArn(string Region, string AccountId)
{
    public static bool TryParse(string arn, out BackupVaultArn vault)
    {
        vault = default;
        Span<Range> parts = stackalloc Range[7];
        var text = arn.AsSpan();
        if (text.Split(parts, ':') < 7) return false;
        if (!text[parts[0]].SequenceEqual("arn") || !text[parts[2]].SequenceEqual("backup") || !text[parts[5]].SequenceEqual("backup-vault")) return false;
        if (text[parts[3]].IsEmpty || text[parts[4]].IsEmpty) return false;
        vault = new BackupVaultArn(arn[parts[3]], arn[parts[4]]);
        return true;
    }
}
