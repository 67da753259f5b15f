namespace Vigil.Importers.CloudFormation.Identity;

/// <summary>The property that names a resource of each type (its physical name), when the type has one.</summary>
internal static class PhysicalNameProperties
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["AWS::S3::Bucket"] = "BucketName",
        ["AWS::IAM::Role"] = "RoleName",
        ["AWS::IAM::User"] = "UserName",
        ["AWS::IAM::Group"] = "GroupName",
        ["AWS::IAM::ManagedPolicy"] = "ManagedPolicyName",
        ["AWS::IAM::Policy"] = "PolicyName",
        ["AWS::IAM::InstanceProfile"] = "InstanceProfileName",
        ["AWS::EC2::SecurityGroup"] = "GroupName",
        ["AWS::EC2::LaunchTemplate"] = "LaunchTemplateName",
        ["AWS::CloudTrail::Trail"] = "TrailName",
        ["AWS::RDS::DBInstance"] = "DBInstanceIdentifier",
        ["AWS::RDS::DBCluster"] = "DBClusterIdentifier",
        ["AWS::DynamoDB::Table"] = "TableName",
        ["AWS::Lambda::Function"] = "FunctionName",
        ["AWS::Lambda::LayerVersion"] = "LayerName",
        ["AWS::ElasticLoadBalancingV2::LoadBalancer"] = "Name",
        ["AWS::ElasticLoadBalancing::LoadBalancer"] = "LoadBalancerName",
        ["AWS::SNS::Topic"] = "TopicName",
        ["AWS::SQS::Queue"] = "QueueName",
        ["AWS::Logs::LogGroup"] = "LogGroupName",
        ["AWS::CloudWatch::Alarm"] = "AlarmName",
        ["AWS::SecretsManager::Secret"] = "Name",
        ["AWS::ECR::Repository"] = "RepositoryName",
        ["AWS::Backup::BackupVault"] = "BackupVaultName",
        ["AWS::AutoScaling::AutoScalingGroup"] = "AutoScalingGroupName",
        ["AWS::AutoScaling::LaunchConfiguration"] = "LaunchConfigurationName",
        ["AWS::KMS::Alias"] = "AliasName",
    };

    public static string? For(string type) => Names.GetValueOrDefault(type);
}
