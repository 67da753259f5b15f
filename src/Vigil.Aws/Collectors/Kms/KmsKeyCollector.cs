using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.S3;
using Vigil.Aws.Execution;
using Vigil.Core.Model;
using Vigil.Core.Model.Kms;

namespace Vigil.Aws.Collectors.Kms;

/// <summary>The region's KMS keys with their metadata, key policy, rotation status (symmetric customer keys), aliases and
/// tags (customer managed keys: AWS managed keys carry none).</summary>
internal sealed class KmsKeyCollector : IResourceCollector
{
    private static readonly string[] Metadata =
    [
        nameof(KmsKey.KeyManager), nameof(KmsKey.KeyState), nameof(KmsKey.KeySpec), nameof(KmsKey.KeyUsage), nameof(KmsKey.Origin),
        nameof(KmsKey.DeletionDate), nameof(KmsKey.MultiRegion), nameof(KmsKey.RotationEnabled),
    ];

    public string Service => "kms";
    public bool Regional => true;
    public IReadOnlyList<string> Actions { get; } = ["kms:DescribeKey", "kms:GetKeyPolicy", "kms:GetKeyRotationStatus", "kms:ListAliases", "kms:ListKeys", "kms:ListResourceTags"];

    public async Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(sink);
        var listed = new List<JsonNode>();
        try
        {
            await foreach (var page in target.Client.PaginateAsync("kms", "ListKeys", null, target.Region, cancellationToken).ConfigureAwait(false))
                listed.AddRange(page.Items("Keys"));
        }
        catch (AwsServiceException e)
        {
            sink.Failed(e, target.AccountId, ResourceTypes.KmsKey);
            return;
        }

        var (aliases, aliasFailure) = await AliasesAsync(target, cancellationToken).ConfigureAwait(false);
        var keys = await Task.WhenAll(listed.Select(key => ReadAsync(target, sink, key, aliases, aliasFailure, cancellationToken))).ConfigureAwait(false);
        sink.AddRange(keys);
    }

    /// <summary>Alias names by target key id, or the failure that kept them from being listed.</summary>
    private static async Task<(ILookup<string, string>? Aliases, AwsServiceException? Failure)> AliasesAsync(CollectionTarget target, CancellationToken ct)
    {
        var aliases = new List<(string KeyId, string Name)>();
        try
        {
            await foreach (var page in target.Client.PaginateAsync("kms", "ListAliases", null, target.Region, ct).ConfigureAwait(false))
            {
                foreach (var alias in page.Items("Aliases"))
                {
                    if (alias.String("TargetKeyId") is { } keyId && alias.String("AliasName") is { } name) aliases.Add((keyId, name));
                }
            }
        }
        catch (AwsServiceException e)
        {
            return (null, e);
        }
        return (aliases.ToLookup(a => a.KeyId, a => a.Name, StringComparer.Ordinal), null);
    }

    private static async Task<KmsKey> ReadAsync(CollectionTarget target, CollectionSink sink, JsonNode listed, ILookup<string, string>? aliases, AwsServiceException? aliasFailure, CancellationToken ct)
    {
        var keyId = listed.String("KeyId") ?? throw new InvalidDataException("ListKeys returned a key without an id.");
        var arn = listed.String("KeyArn") ?? $"arn:{target.Partition}:kms:{target.Region}:{target.AccountId}:key/{keyId}";
        var reads = new DetailReads(sink, target.AccountId, ResourceTypes.KmsKey, arn);
        var keyInput = new JsonObject { ["KeyId"] = keyId };

        var describe = reads.ReadAsync(Metadata, async () => (JsonNode?)(await target.Client.CallAsync("kms", "DescribeKey", keyInput.DeepClone().AsObject(), target.Region, ct).ConfigureAwait(false))["KeyMetadata"], null);
        var policy = reads.ReadAsync(nameof(KmsKey.Policy), async () => (await target.Client.CallAsync("kms", "GetKeyPolicy",
            new JsonObject { ["KeyId"] = keyId, ["PolicyName"] = "default" }, target.Region, ct).ConfigureAwait(false)).String("Policy"), null);
        var metadata = await describe.ConfigureAwait(false);

        // When DescribeKey failed, who manages the key is unknown: its tags are read as for a customer managed key.
        var tags = metadata is null || metadata.String("KeyManager") == "CUSTOMER"
            ? reads.ReadAsync<IReadOnlyDictionary<string, string>>(nameof(KmsKey.Tags), () => TagsAsync(target, keyId, ct), NoTags)
            : Task.FromResult<IReadOnlyDictionary<string, string>>(NoTags);
        bool? rotation = null;
        if (metadata is not null && RotationApplies(metadata))
        {
            rotation = await reads.ReadAsync<bool?>(nameof(KmsKey.RotationEnabled), async () =>
                (await target.Client.CallAsync("kms", "GetKeyRotationStatus", keyInput.DeepClone().AsObject(), target.Region, ct).ConfigureAwait(false)).Bool("KeyRotationEnabled"), null).ConfigureAwait(false);
        }
        var policyText = await policy.ConfigureAwait(false);
        if (aliasFailure is not null) reads.MarkUnreadable(nameof(KmsKey.Aliases), aliasFailure);

        return new KmsKey
        {
            Arn = arn,
            Name = keyId,
            AccountId = target.AccountId,
            Region = target.Region,
            KeyId = keyId,
            // Without DescribeKey's answer these stay at the record's defaults and are named in Unreadable.
            KeyManager = metadata.String("KeyManager")!,
            KeyState = metadata.String("KeyState")!,
            KeySpec = (metadata.String("KeySpec") ?? metadata.String("CustomerMasterKeySpec"))!,
            KeyUsage = metadata.String("KeyUsage")!,
            Origin = metadata.String("Origin")!,
            RotationEnabled = rotation,
            DeletionDate = metadata.Time("DeletionDate"),
            Policy = policyText,
            Aliases = aliases is null ? [] : [.. aliases[keyId].Order(StringComparer.Ordinal)],
            MultiRegion = metadata.Bool("MultiRegion") ?? false,
            Tags = await tags.ConfigureAwait(false),
            Unreadable = reads.Unreadable,
        };
    }

    private static readonly Dictionary<string, string> NoTags = new(StringComparer.Ordinal);

    private static async Task<IReadOnlyDictionary<string, string>> TagsAsync(CollectionTarget target, string keyId, CancellationToken ct)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var page in target.Client.PaginateAsync("kms", "ListResourceTags", new JsonObject { ["KeyId"] = keyId }, target.Region, ct).ConfigureAwait(false))
        {
            foreach (var tag in page.Items("Tags"))
            {
                if (tag.String("TagKey") is { } key) tags[key] = tag.String("TagValue") ?? "";
            }
        }
        return tags;
    }

    /// <summary>Automatic rotation exists only for symmetric encryption keys the customer manages, with KMS-generated
    /// key material, in a state that allows reading it.</summary>
    private static bool RotationApplies(JsonNode metadata) =>
        metadata.String("KeyManager") == "CUSTOMER"
        && (metadata.String("KeySpec") ?? metadata.String("CustomerMasterKeySpec")) == "SYMMETRIC_DEFAULT"
        && metadata.String("KeyUsage") == "ENCRYPT_DECRYPT"
        && metadata.String("Origin") == "AWS_KMS"
        && metadata.String("KeyState") is "Enabled" or "Disabled";
}
