using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model;
using Vigil.Core.Model.Account;

namespace Vigil.Aws.Collectors.Ec2;

/// <summary>The region's EBS encryption by default and block public access states for snapshots and images.</summary>
internal static class Ec2AccountSettingsReader
{
    public static Task ReadAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken) => Task.WhenAll(
        ReadAsync(target, sink, "GetEbsEncryptionByDefault", nameof(AccountRegion.EbsEncryptionByDefault),
            output => output.Flag("EbsEncryptionByDefault"), (r, v) => r with { EbsEncryptionByDefault = v }, cancellationToken),
        ReadAsync(target, sink, "GetSnapshotBlockPublicAccessState", nameof(AccountRegion.SnapshotBlockPublicAccess),
            output => Blocked(output.Text("State")), (r, v) => r with { SnapshotBlockPublicAccess = v }, cancellationToken),
        ReadAsync(target, sink, "GetImageBlockPublicAccessState", nameof(AccountRegion.ImageBlockPublicAccess),
            output => Blocked(output.Text("ImageBlockPublicAccessState")), (r, v) => r with { ImageBlockPublicAccess = v }, cancellationToken));

    /// <summary>block-all-sharing and block-new-sharing block public sharing; unblocked does not.</summary>
    private static bool? Blocked(string? state) => state is null ? null : state != "unblocked";

    private static async Task ReadAsync(CollectionTarget target, CollectionSink sink, string operation, string property,
        Func<JsonObject, bool?> read, Func<AccountRegion, bool?, AccountRegion> set, CancellationToken cancellationToken)
    {
        var result = await target.DetailAsync("ec2", operation, [], cancellationToken).ConfigureAwait(false);
        if (result.Failure is { } failure)
        {
            sink.UpdateAccountRegion(target.AccountId, target.Region, r => r with { Unreadable = [.. r.Unreadable, property] });
            sink.Failed(failure, target.AccountId, ResourceTypes.Account, AccountRegion.ArnFor(target.AccountId, target.Region), property);
            return;
        }
        var value = read(result.Output!);
        sink.UpdateAccountRegion(target.AccountId, target.Region, r => set(r, value));
    }
}
