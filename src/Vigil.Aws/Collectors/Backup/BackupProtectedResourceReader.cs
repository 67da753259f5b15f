using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model;
using Vigil.Core.Model.Backup;

namespace Vigil.Aws.Collectors.Backup;

/// <summary>The resources AWS Backup lists as protected in the region (ListProtectedResources: those with at least one
/// recovery point). A failed listing adds none and is recorded, so coverage checks cannot mistake it for "no backups".</summary>
internal static class BackupProtectedResourceReader
{
    public static async Task ReadAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var listed = await target.ListAsync(sink, "backup", "ListProtectedResources", null, "Results", ResourceTypes.BackupProtectedResource, cancellationToken)
            .ConfigureAwait(false);
        if (listed is null) return;
        sink.AddProtectedResources(listed
            .Where(r => r.Text("ResourceArn") is not null)
            .Select(r => new ProtectedResource
            {
                AccountId = target.AccountId,
                Region = target.Region,
                ResourceArn = r.Text("ResourceArn")!,
                ResourceType = r.Text("ResourceType"),
                LastBackupTime = r.Time("LastBackupTime"),
            }));
    }
}
