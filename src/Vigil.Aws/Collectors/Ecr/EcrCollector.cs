using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Execution;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model;
using Vigil.Core.Model.Ecr;

namespace Vigil.Aws.Collectors.Ecr;

/// <summary>ECR repositories in one region (DescribeRepositories), each with its policy (GetRepositoryPolicy) and
/// whether it has a lifecycle policy (GetLifecyclePolicy) and its tags (ListTagsForResource), and the registry's scanning rules
/// (GetRegistryScanningConfiguration) applied to each repository name.</summary>
internal sealed class EcrCollector : IResourceCollector
{
    public string Service => "ecr";
    public bool Regional => true;

    public IReadOnlyList<string> Actions { get; } =
        ["ecr:DescribeRepositories", "ecr:GetLifecyclePolicy", "ecr:GetRegistryScanningConfiguration", "ecr:GetRepositoryPolicy", "ecr:ListTagsForResource"];

    public async Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var repositoriesTask = target.ListAsync(sink, "ecr", "DescribeRepositories", null, "repositories", ResourceTypes.EcrRepository, cancellationToken);
        var scanningTask = target.DetailAsync("ecr", "GetRegistryScanningConfiguration", [], cancellationToken);
        var repositories = await repositoriesTask.ConfigureAwait(false);
        var scanning = await scanningTask.ConfigureAwait(false);
        if (repositories is null) return;
        var rules = scanning.Failure is null ? new RegistryScanningRules(scanning.Output!["scanningConfiguration"]) : null;
        await Task.WhenAll(repositories.Select(r => ReadOneAsync(target, sink, r, rules, scanning.Failure, cancellationToken))).ConfigureAwait(false);
    }

    private static async Task ReadOneAsync(CollectionTarget target, CollectionSink sink, JsonNode node, RegistryScanningRules? rules,
        AwsServiceException? scanningFailure, CancellationToken cancellationToken)
    {
        var name = node.Text("repositoryName") ?? throw new InvalidDataException("DescribeRepositories returned a repository without repositoryName");
        var repository = new EcrRepository
        {
            Arn = node.Text("repositoryArn") ?? $"arn:{target.Partition}:ecr:{target.Region}:{target.AccountId}:repository/{name}",
            Name = name,
            AccountId = target.AccountId,
            Region = target.Region,
            RepositoryUri = node.Text("repositoryUri"),
            ScanOnPush = (node["imageScanningConfiguration"].Flag("scanOnPush") ?? false) || rules?.BasicScanOnPush(name) == true,
            EnhancedScanning = rules?.Enhanced(name) ?? false,
            ImageTagMutability = node.Text("imageTagMutability") ?? throw new InvalidDataException($"DescribeRepositories returned {name} without imageTagMutability"),
            EncryptionType = node["encryptionConfiguration"].Text("encryptionType") ?? "AES256",
            KmsKey = node["encryptionConfiguration"].Text("kmsKey"),
        };
        var input = new JsonObject { ["repositoryName"] = name };
        var policyTask = target.DetailAsync("ecr", "GetRepositoryPolicy", input, cancellationToken);
        var lifecycleTask = target.DetailAsync("ecr", "GetLifecyclePolicy", input.DeepClone().AsObject(), cancellationToken);
        var tagsTask = target.DetailAsync("ecr", "ListTagsForResource", new JsonObject { ["resourceArn"] = repository.Arn }, cancellationToken);
        var policy = await policyTask.ConfigureAwait(false);
        var lifecycle = await lifecycleTask.ConfigureAwait(false);
        var tags = await tagsTask.ConfigureAwait(false);

        var unreadable = new List<string>();
        void Unreadable(AwsServiceException failure, string property)
        {
            unreadable.Add(property);
            sink.Failed(failure, target.AccountId, ResourceTypes.EcrRepository, repository.Arn, property);
        }

        if (policy.Failure is { ErrorCode: not "RepositoryPolicyNotFoundException" } policyFailure) Unreadable(policyFailure, nameof(EcrRepository.Policy));
        else repository = repository with { Policy = policy.Output.Text("policyText") };
        if (lifecycle.Failure is { ErrorCode: not "LifecyclePolicyNotFoundException" } lifecycleFailure) Unreadable(lifecycleFailure, nameof(EcrRepository.HasLifecyclePolicy));
        else repository = repository with { HasLifecyclePolicy = lifecycle.Output.Text("lifecyclePolicyText") is { Length: > 0 } };
        if (scanningFailure is not null) Unreadable(scanningFailure, nameof(EcrRepository.EnhancedScanning));
        if (tags.Failure is { } tagsFailure) Unreadable(tagsFailure, nameof(EcrRepository.Tags));
        else repository = repository with { Tags = tags.Output.KeyValueTags("tags") };
        sink.Add(unreadable.Count == 0 ? repository : repository with { Unreadable = unreadable });
    }
}
