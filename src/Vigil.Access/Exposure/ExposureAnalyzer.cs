using Vigil.Access.Organizations;
using Vigil.Core.Model;
using Vigil.Core.Model.Account;

namespace Vigil.Access.Exposure;

/// <summary>
/// Every resource of a snapshot reachable from outside its account or by anyone: S3 buckets and access points, KMS
/// keys, SQS queues, SNS topics, Lambda functions and layer versions, ECR repositories, Secrets Manager secrets, EFS file systems, Backup
/// vaults, IAM role trust policies, EBS snapshots, AMIs and RDS DB and cluster snapshots. Resources are analysed in
/// parallel; each distinct policy text is compiled once. Resources whose exposure could not be worked out are listed
/// with their problems; the organization problems of an exposed resource's account (RCPs not collected) are added to
/// its problems, since RCPs could have neutralised its grants.
/// </summary>
public static class ExposureAnalyzer
{
    public static ExposureReport Analyse(Snapshot snapshot, ExposureSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(settings);
        var labels = new AccountLabels(snapshot, settings.TrustedAccounts);
        var organizations = new OrganizationPolicyReader(snapshot);
        var scope = new ExposureScope(labels, organizations, new ResourcePolicyAnalyzer(labels, organizations, settings.Now));
        var accounts = snapshot.Accounts.GroupBy(a => a.AccountId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        var work = Work(snapshot, scope, accounts).ToList();
        var exposed = work
            .AsParallel()
            .WithCancellation(cancellationToken)
            .SelectMany(analyse => analyse())
            .ToList();

        var withOrganizationProblems = exposed
            .Select(r => r.Grants.Count == 0 ? r : r with { Problems = [.. r.Problems, .. organizations.For(r.AccountId).Problems] })
            .OrderBy(r => r.ResourceType, StringComparer.Ordinal)
            .ThenBy(r => r.Arn, StringComparer.Ordinal)
            .ToList();
        return new ExposureReport(withOrganizationProblems, work.Count, EstateProblems(snapshot));
    }

    private static IEnumerable<Func<IEnumerable<ExposedResource>>> Work(Snapshot snapshot, ExposureScope scope, Dictionary<string, Account> accounts)
    {
        foreach (var bucket in snapshot.S3Buckets) yield return () => BucketExposure.Of(scope, bucket, accounts.GetValueOrDefault(bucket.AccountId)).ToList();
        foreach (var key in snapshot.KmsKeys.Where(k => k.IsCustomerManaged))
            yield return () => One(PolicyResourceExposure.Of(scope, key, key.Policy, "Policy", ExposureTargets.KmsKey, alwaysHasPolicy: true));
        foreach (var queue in snapshot.SqsQueues) yield return () => One(PolicyResourceExposure.Of(scope, queue, queue.Policy, "Policy", ExposureTargets.SqsQueue, false));
        foreach (var topic in snapshot.SnsTopics) yield return () => One(PolicyResourceExposure.Of(scope, topic, topic.Policy, "Policy", ExposureTargets.SnsTopic, false));
        foreach (var function in snapshot.LambdaFunctions)
            yield return () => One(PolicyResourceExposure.Of(scope, function, function.Policy, "Policy", ExposureTargets.LambdaFunction, false));
        foreach (var layer in snapshot.LambdaLayerVersions)
            yield return () => One(PolicyResourceExposure.Of(scope, layer, layer.Policy, "Policy", ExposureTargets.LambdaLayerVersion, false));
        foreach (var repository in snapshot.EcrRepositories)
            yield return () => One(PolicyResourceExposure.Of(scope, repository, repository.Policy, "Policy", ExposureTargets.EcrRepository, false));
        foreach (var secret in snapshot.Secrets) yield return () => One(PolicyResourceExposure.Of(scope, secret, secret.Policy, "Policy", ExposureTargets.Secret, false));
        foreach (var fileSystem in snapshot.EfsFileSystems)
            yield return () => One(PolicyResourceExposure.Of(scope, fileSystem, fileSystem.Policy, "Policy", ExposureTargets.EfsFileSystem, false));
        foreach (var vault in snapshot.BackupVaults) yield return () => One(PolicyResourceExposure.Of(scope, vault, vault.Policy, "Policy", ExposureTargets.BackupVault, false));
        foreach (var role in snapshot.IamRoles.Where(r => !r.IsServiceLinked))
            yield return () => One(PolicyResourceExposure.Of(scope, role, role.TrustPolicy, "TrustPolicy", ExposureTargets.RoleTrust, alwaysHasPolicy: true));
        foreach (var ebs in snapshot.EbsSnapshots) yield return () => One(SharingExposure.Of(scope, ebs));
        foreach (var image in snapshot.Amis) yield return () => One(SharingExposure.Of(scope, image));
        foreach (var rds in snapshot.RdsSnapshots) yield return () => One(SharingExposure.Of(scope, rds));
    }

    private static IEnumerable<ExposedResource> One(ExposedResource? resource) => resource is null ? [] : [resource];

    private static readonly string[] Services = ["s3", "kms", "sqs", "sns", "lambda", "ecr", "secretsmanager", "elasticfilesystem", "backup", "iam"];
    private static readonly string[] Operations = ["DescribeSnapshots", "DescribeSnapshotAttribute", "DescribeImages", "DescribeImageAttribute",
        "DescribeDBSnapshots", "DescribeDBSnapshotAttributes", "DescribeDBClusterSnapshots", "DescribeDBClusterSnapshotAttributes"];

    /// <summary>Collection errors that were not about one resource, of the services the analysis reads: resources may be
    /// missing from the answer.</summary>
    private static List<string> EstateProblems(Snapshot snapshot) =>
        [.. snapshot.Errors
            .Where(e => e.ResourceArn is null && !e.IsUnknownBeforeDeployment && (Services.Contains(e.Service) || Operations.Contains(e.Operation)))
            .Select(e => $"{e.Describe().TrimEnd('.')}: resources may be missing from this answer")
            .Distinct()];
}
