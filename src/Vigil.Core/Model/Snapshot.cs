using Vigil.Core.Model.Account;
using Vigil.Core.Model.Acm;
using Vigil.Core.Model.AutoScaling;
using Vigil.Core.Model.Backup;
using Vigil.Core.Model.CloudFront;
using Vigil.Core.Model.CloudTrail;
using Vigil.Core.Model.CloudWatch;
using Vigil.Core.Model.Dax;
using Vigil.Core.Model.DynamoDb;
using Vigil.Core.Model.Ec2;
using Vigil.Core.Model.Ecr;
using Vigil.Core.Model.Efs;
using Vigil.Core.Model.Elb;
using Vigil.Core.Model.Iam;
using Vigil.Core.Model.Kms;
using Vigil.Core.Model.Lambda;
using Vigil.Core.Model.Organizations;
using Vigil.Core.Model.Rds;
using Vigil.Core.Model.S3;
using Vigil.Core.Model.SecretsManager;
using Vigil.Core.Model.Sns;
using Vigil.Core.Model.Sqs;
using Vigil.Core.Model.Ssm;

namespace Vigil.Core.Model;

/// <summary>Everything collected from one or more accounts, and what could not be collected.
/// Adding a resource type: a list here and a line in <see cref="SnapshotResources"/>.</summary>
public sealed record Snapshot
{
    public const string CurrentSchemaVersion = "1";

    public string SchemaVersion { get => field ?? CurrentSchemaVersion; init; }
    /// <summary>When the state was observed; checks measure ages (key age, expiry) against it.</summary>
    public DateTimeOffset? CollectedAt { get; init; }
    /// <summary>Regions that were inventoried, for checks that must hold "in every region".</summary>
    public IReadOnlyList<string> Regions { get => field ?? []; init; }
    public IReadOnlyList<CollectionError> Errors { get => field ?? []; init; }

    public IReadOnlyList<Account.Account> Accounts { get => field ?? []; init; }
    public IReadOnlyList<AccountRegion> AccountRegions { get => field ?? []; init; }

    public IReadOnlyList<IamUser> IamUsers { get => field ?? []; init; }
    public IReadOnlyList<IamGroup> IamGroups { get => field ?? []; init; }
    public IReadOnlyList<IamRole> IamRoles { get => field ?? []; init; }
    public IReadOnlyList<ManagedPolicy> IamPolicies { get => field ?? []; init; }
    public IReadOnlyList<ServerCertificate> IamServerCertificates { get => field ?? []; init; }
    public IReadOnlyList<InstanceProfile> IamInstanceProfiles { get => field ?? []; init; }

    public IReadOnlyList<S3Bucket> S3Buckets { get => field ?? []; init; }

    public IReadOnlyList<Ec2Instance> Ec2Instances { get => field ?? []; init; }
    public IReadOnlyList<SecurityGroup> SecurityGroups { get => field ?? []; init; }
    public IReadOnlyList<NetworkAcl> NetworkAcls { get => field ?? []; init; }
    public IReadOnlyList<Vpc> Vpcs { get => field ?? []; init; }
    public IReadOnlyList<Subnet> Subnets { get => field ?? []; init; }
    public IReadOnlyList<EbsVolume> EbsVolumes { get => field ?? []; init; }
    public IReadOnlyList<EbsSnapshot> EbsSnapshots { get => field ?? []; init; }
    public IReadOnlyList<Ami> Amis { get => field ?? []; init; }
    public IReadOnlyList<ElasticIp> ElasticIps { get => field ?? []; init; }

    public IReadOnlyList<KmsKey> KmsKeys { get => field ?? []; init; }
    public IReadOnlyList<Trail> Trails { get => field ?? []; init; }
    public IReadOnlyList<LogGroup> LogGroups { get => field ?? []; init; }
    public IReadOnlyList<MetricAlarm> MetricAlarms { get => field ?? []; init; }

    public IReadOnlyList<RdsInstance> RdsInstances { get => field ?? []; init; }
    public IReadOnlyList<RdsCluster> RdsClusters { get => field ?? []; init; }
    public IReadOnlyList<RdsSnapshot> RdsSnapshots { get => field ?? []; init; }
    public IReadOnlyList<DynamoDbTable> DynamoDbTables { get => field ?? []; init; }
    public IReadOnlyList<LambdaFunction> LambdaFunctions { get => field ?? []; init; }
    public IReadOnlyList<LambdaLayerVersion> LambdaLayerVersions { get => field ?? []; init; }
    public IReadOnlyList<LoadBalancer> LoadBalancers { get => field ?? []; init; }
    public IReadOnlyList<ClassicLoadBalancer> ClassicLoadBalancers { get => field ?? []; init; }
    public IReadOnlyList<Distribution> CloudFrontDistributions { get => field ?? []; init; }
    public IReadOnlyList<SnsTopic> SnsTopics { get => field ?? []; init; }
    public IReadOnlyList<SqsQueue> SqsQueues { get => field ?? []; init; }
    public IReadOnlyList<EfsFileSystem> EfsFileSystems { get => field ?? []; init; }
    public IReadOnlyList<Secret> Secrets { get => field ?? []; init; }
    public IReadOnlyList<BackupVault> BackupVaults { get => field ?? []; init; }
    public IReadOnlyList<BackupPlan> BackupPlans { get => field ?? []; init; }
    public IReadOnlyList<ProtectedResource> BackupProtectedResources { get => field ?? []; init; }
    public IReadOnlyList<ManagedInstance> SsmManagedInstances { get => field ?? []; init; }
    public IReadOnlyList<SsmDocument> SsmDocuments { get => field ?? []; init; }
    public IReadOnlyList<EcrRepository> EcrRepositories { get => field ?? []; init; }
    public IReadOnlyList<Certificate> AcmCertificates { get => field ?? []; init; }
    public IReadOnlyList<RdsEventSubscription> RdsEventSubscriptions { get => field ?? []; init; }
    public IReadOnlyList<DaxCluster> DaxClusters { get => field ?? []; init; }

    // helper net: network and compute extras
    public IReadOnlyList<VpnConnection> VpnConnections { get => field ?? []; init; }
    public IReadOnlyList<TransitGateway> TransitGateways { get => field ?? []; init; }
    public IReadOnlyList<ClientVpnEndpoint> ClientVpnEndpoints { get => field ?? []; init; }
    public IReadOnlyList<LaunchTemplate> LaunchTemplates { get => field ?? []; init; }
    public IReadOnlyList<AutoScalingGroup> AutoScalingGroups { get => field ?? []; init; }
    public IReadOnlyList<LaunchConfiguration> LaunchConfigurations { get => field ?? []; init; }
    public IReadOnlyList<MultiRegionAccessPoint> MultiRegionAccessPoints { get => field ?? []; init; }

    /// <summary>The organization's SCPs and RCPs (read from its management account or a delegated administrator).</summary>
    public IReadOnlyList<OrganizationPolicy> OrganizationPolicies { get => field ?? []; init; }

    public IReadOnlyList<T> Resources<T>() where T : Resource => SnapshotResources.Of<T>(this);

    /// <summary>Every resource in the snapshot, accounts first.</summary>
    public IEnumerable<Resource> AllResources() => SnapshotResources.All(this);
}
