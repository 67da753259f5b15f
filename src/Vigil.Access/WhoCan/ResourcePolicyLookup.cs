using Vigil.Core.Model;
using Vigil.Core.Model.Iam;
using Vigil.Iam;

namespace Vigil.Access.WhoCan;

/// <summary>Finds the resource an ARN names in a snapshot and the resource policy that takes part in a request on it:
/// S3 bucket (for the bucket and its objects) and access point policies, KMS key, SQS queue, SNS topic, Lambda function
/// (qualified ARNs included) and layer version, ECR repository, Secrets Manager secret, EFS file system and Backup vault policies, and a
/// role's trust policy for sts: actions on the role. A policy applies to the actions of its own service only.</summary>
public sealed class ResourcePolicyLookup
{
    private readonly Dictionary<string, (Resource Resource, string? Document, string Property)> _byArn = new(StringComparer.Ordinal);

    public ResourcePolicyLookup(Snapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        foreach (var bucket in snapshot.S3Buckets)
        {
            Add(bucket, bucket.Policy, "Policy");
            foreach (var point in bucket.AccessPoints) _byArn.TryAdd(point.Arn, (bucket, point.Policy, "AccessPoints"));
        }

        foreach (var key in snapshot.KmsKeys) Add(key, key.Policy, "Policy");
        foreach (var queue in snapshot.SqsQueues) Add(queue, queue.Policy, "Policy");
        foreach (var topic in snapshot.SnsTopics) Add(topic, topic.Policy, "Policy");
        foreach (var function in snapshot.LambdaFunctions) Add(function, function.Policy, "Policy");
        foreach (var layer in snapshot.LambdaLayerVersions) Add(layer, layer.Policy, "Policy");
        foreach (var repository in snapshot.EcrRepositories) Add(repository, repository.Policy, "Policy");
        foreach (var secret in snapshot.Secrets) Add(secret, secret.Policy, "Policy");
        foreach (var fileSystem in snapshot.EfsFileSystems) Add(fileSystem, fileSystem.Policy, "Policy");
        foreach (var vault in snapshot.BackupVaults) Add(vault, vault.Policy, "Policy");
        foreach (var role in snapshot.IamRoles) Add(role, role.TrustPolicy, nameof(IamRole.TrustPolicy));
        foreach (var resource in snapshot.AllResources()) _byArn.TryAdd(resource.Arn, (resource, null, ""));
    }

    public ResourcePolicyInfo Find(string resourceArn, string action)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(resourceArn);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        if (!TryFind(resourceArn, out var entry))
        {
            var account = ArnField(resourceArn, 4);
            return new ResourcePolicyInfo(null, account.Length == 12 ? account : null, null,
                [$"{resourceArn} is not in the input, so no resource policy of it is applied"]);
        }

        var (resource, document, property) = entry;
        if (property.Length == 0 || !Applies(resourceArn, action)) return new ResourcePolicyInfo(resource, resource.AccountId, null, []);
        var what = property == nameof(IamRole.TrustPolicy) ? "trust policy" : "resource policy";
        if (resource.Unreadable.Contains(property))
            return new ResourcePolicyInfo(resource, resource.AccountId, null, [$"the {what} of {resource.Arn} could not be read, so it is not applied"]);
        if (document is null) return new ResourcePolicyInfo(resource, resource.AccountId, null, []);
        try
        {
            return new ResourcePolicyInfo(resource, resource.AccountId, Policy.Parse(document, $"{what} of {resource.Arn}"), []);
        }
        catch (PolicyParseException e)
        {
            return new ResourcePolicyInfo(resource, resource.AccountId, null, [$"the {what} of {resource.Arn} is not a valid policy ({e.Message.TrimEnd('.')}), so it is not applied"]);
        }
    }

    private void Add(Resource resource, string? document, string property) => _byArn.TryAdd(resource.Arn, (resource, document, property));

    private bool TryFind(string arn, out (Resource Resource, string? Document, string Property) entry)
    {
        if (_byArn.TryGetValue(arn, out entry)) return true;
        var service = ArnField(arn, 2);
        if (service == "s3")
        {
            var objectMarker = arn.IndexOf("/object/", StringComparison.Ordinal);
            if (objectMarker > 0 && _byArn.TryGetValue(arn[..objectMarker], out entry)) return true;
            var slash = arn.IndexOf('/', StringComparison.Ordinal);
            return slash > 0 && _byArn.TryGetValue(arn[..slash], out entry);
        }

        var lastColon = arn.LastIndexOf(':');
        return service == "lambda" && lastColon > 0 && _byArn.TryGetValue(arn[..lastColon], out entry);
    }

    /// <summary>A resource policy takes part in requests for actions of its own service; a role's trust policy in sts: requests.</summary>
    private static bool Applies(string resourceArn, string action)
    {
        var colon = action.IndexOf(':', StringComparison.Ordinal);
        var actionService = colon > 0 ? action[..colon] : action;
        var resourceService = ArnField(resourceArn, 2);
        if (string.Equals(actionService, resourceService, StringComparison.OrdinalIgnoreCase)) return true;
        return resourceService == "iam" && string.Equals(actionService, "sts", StringComparison.OrdinalIgnoreCase)
            && ArnField(resourceArn, 5).StartsWith("role/", StringComparison.Ordinal);
    }

    private static string ArnField(string arn, int index)
    {
        var parts = arn.Split(':', 6);
        return parts.Length > index ? parts[index] : "";
    }
}
