using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model;
using Vigil.Core.Model.Ec2;

namespace Vigil.Aws.Collectors.Ec2;

/// <summary>The account's own images (DescribeImages, Owners self), each with the accounts it is shared with
/// (DescribeImageAttribute launchPermission).</summary>
internal static class AmiReader
{
    public static async Task ReadAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var input = new JsonObject { ["Owners"] = new JsonArray("self") };
        var images = await target.ListAsync(sink, "ec2", "DescribeImages", input, "Images", ResourceTypes.Ami, cancellationToken).ConfigureAwait(false);
        if (images is null) return;
        await Task.WhenAll(images.Select(i => ReadOneAsync(target, sink, ToAmi(target, i), cancellationToken))).ConfigureAwait(false);
    }

    private static async Task ReadOneAsync(CollectionTarget target, CollectionSink sink, Ami image, CancellationToken cancellationToken)
    {
        var input = new JsonObject { ["Attribute"] = "launchPermission", ["ImageId"] = image.ImageId };
        var attribute = await target.DetailAsync("ec2", "DescribeImageAttribute", input, cancellationToken).ConfigureAwait(false);
        if (attribute.Failure is { } failure)
        {
            sink.Add(image with { Unreadable = [nameof(Ami.SharedWithAccounts)] });
            sink.Failed(failure, target.AccountId, ResourceTypes.Ami, image.Arn, nameof(Ami.SharedWithAccounts));
            return;
        }
        var permissions = attribute.Output.Items("LaunchPermissions").ToList();
        sink.Add(image with
        {
            Public = image.Public || permissions.Any(p => p.Text("Group") == "all"),
            SharedWithAccounts = [.. permissions.Select(p => p.Text("UserId")).OfType<string>()],
        });
    }

    private static Ami ToAmi(CollectionTarget target, JsonNode image)
    {
        var id = image.Text("ImageId") ?? throw new InvalidDataException("DescribeImages returned an image without ImageId");
        var tags = image.KeyValueTags();
        var ebs = image.Items("BlockDeviceMappings").Select(m => m["Ebs"]).OfType<JsonNode>().ToList();
        return new Ami
        {
            Arn = Ec2Names.UnownedArn(target, "image", id),
            Name = image.Text("Name") ?? Ec2Names.NameOf(tags, id),
            AccountId = target.AccountId,
            Region = target.Region,
            Tags = tags,
            ImageId = id,
            Public = image.Flag("Public") ?? throw new InvalidDataException($"DescribeImages returned image {id} without Public"),
            CreationDate = image.Time("CreationDate"),
            DeprecationTime = image.Time("DeprecationTime"),
            EncryptedSnapshots = ebs.Count > 0 && ebs.All(e => e.Flag("Encrypted") == true),
        };
    }
}
