using Vigil.Aws.Collection;

namespace Vigil.Aws.Collectors.Ssm;

/// <summary>Systems Manager in one region: managed instances with their patch and association compliance, and the
/// account's own documents with who they are shared with.</summary>
internal sealed class SsmCollector : IResourceCollector
{
    public string Service => "ssm";
    public bool Regional => true;

    public IReadOnlyList<string> Actions { get; } =
    [
        "ssm:DescribeDocumentPermission", "ssm:DescribeInstanceInformation", "ssm:DescribeInstancePatchStates",
        "ssm:ListDocuments", "ssm:ListResourceComplianceSummaries",
    ];

    public Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken) => Task.WhenAll(
        ManagedInstanceReader.ReadAsync(target, sink, cancellationToken),
        SsmDocumentReader.ReadAsync(target, sink, cancellationToken));
}
