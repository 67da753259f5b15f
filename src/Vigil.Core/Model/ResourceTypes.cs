namespace Vigil.Core.Model;

/// <summary>CloudFormation type names used as the resource types of findings.</summary>
public static class ResourceTypes
{
    public const string Account = "AWS::Account";
    public const string IamUser = "AWS::IAM::User";
    public const string IamGroup = "AWS::IAM::Group";
    public const string IamRole = "AWS::IAM::Role";
    public const string IamManagedPolicy = "AWS::IAM::ManagedPolicy";
    public const string IamServerCertificate = "AWS::IAM::ServerCertificate";
    public const string IamInstanceProfile = "AWS::IAM::InstanceProfile";
    public const string S3Bucket = "AWS::S3::Bucket";
    public const string Ec2Instance = "AWS::EC2::Instance";
    public const string SecurityGroup = "AWS::EC2::SecurityGroup";
    public const string NetworkAcl = "AWS::EC2::NetworkAcl";
    public const string Vpc = "AWS::EC2::VPC";
    public const string Subnet = "AWS::EC2::Subnet";
    public const string EbsVolume = "AWS::EC2::Volume";
    public const string EbsSnapshot = "AWS::EC2::Snapshot";
    public const string Ami = "AWS::EC2::Image";
    public const string ElasticIp = "AWS::EC2::EIP";
    public const string KmsKey = "AWS::KMS::Key";
    public const string Trail = "AWS::CloudTrail::Trail";
    public const string LogGroup = "AWS::Logs::LogGroup";
    public const string MetricAlarm = "AWS::CloudWatch::Alarm";
    public const string RdsInstance = "AWS::RDS::DBInstance";
    public const string RdsCluster = "AWS::RDS::DBCluster";
    public const string RdsSnapshot = "AWS::RDS::DBSnapshot";
    public const string RdsClusterSnapshot = "AWS::RDS::DBClusterSnapshot";
    public const string DynamoDbTable = "AWS::DynamoDB::Table";
    public const string LambdaFunction = "AWS::Lambda::Function";
    public const string LambdaLayerVersion = "AWS::Lambda::LayerVersion";
    public const string LoadBalancer = "AWS::ElasticLoadBalancingV2::LoadBalancer";
    public const string ClassicLoadBalancer = "AWS::ElasticLoadBalancing::LoadBalancer";
    public const string CloudFrontDistribution = "AWS::CloudFront::Distribution";
    public const string SnsTopic = "AWS::SNS::Topic";
    public const string SqsQueue = "AWS::SQS::Queue";
    public const string EfsFileSystem = "AWS::EFS::FileSystem";
    public const string Secret = "AWS::SecretsManager::Secret";
    public const string BackupVault = "AWS::Backup::BackupVault";
    public const string BackupPlan = "AWS::Backup::BackupPlan";

    /// <summary>The type named by errors listing AWS Backup's protected resources (records, not resources: see
    /// <see cref="Snapshot.BackupProtectedResources"/>).</summary>
    public const string BackupProtectedResource = "AWS::Backup::ProtectedResource";
    public const string SsmManagedInstance = "AWS::SSM::ManagedInstanceInventory";
    public const string SsmDocument = "AWS::SSM::Document";
    public const string EcrRepository = "AWS::ECR::Repository";
    public const string AcmCertificate = "AWS::CertificateManager::Certificate";
    public const string RdsEventSubscription = "AWS::RDS::EventSubscription";
    public const string DaxCluster = "AWS::DAX::Cluster";
    // helper net: network and compute extras
    public const string VpnConnection = "AWS::EC2::VPNConnection";
    public const string TransitGateway = "AWS::EC2::TransitGateway";
    public const string ClientVpnEndpoint = "AWS::EC2::ClientVpnEndpoint";
    public const string LaunchTemplate = "AWS::EC2::LaunchTemplate";
    public const string AutoScalingGroup = "AWS::AutoScaling::AutoScalingGroup";
    public const string LaunchConfiguration = "AWS::AutoScaling::LaunchConfiguration";
    public const string MultiRegionAccessPoint = "AWS::S3::MultiRegionAccessPoint";
    public const string OrganizationPolicy = "AWS::Organizations::Policy";
}
