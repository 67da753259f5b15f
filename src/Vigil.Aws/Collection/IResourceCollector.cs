namespace Vigil.Aws.Collection;

/// <summary>Reads one service's resources of one account into the snapshot model. Collectors are discovered by
/// reflection (every non-abstract implementation in this assembly), so there is no list to keep in step.</summary>
public interface IResourceCollector
{
    /// <summary>The botocore service name the collector calls (s3, ec2, logs, elbv2, ...).</summary>
    string Service { get; }

    /// <summary>Whether the collector runs once per region (true) or once per account (false, e.g. IAM, CloudFront).</summary>
    bool Regional { get; }

    /// <summary>The read-only IAM actions the collector calls: the source of `vigil permissions` and docs/permissions.md.</summary>
    IReadOnlyList<string> Actions { get; }

    /// <summary>Reads into <paramref name="sink"/>. A failed call is recorded with <see cref="CollectionSink.Failed"/> (and,
    /// for one resource's detail, by listing the property in the resource's Unreadable) and collection goes on; only
    /// cancellation escapes.</summary>
    Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken);
}
