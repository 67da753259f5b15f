namespace Vigil.Importers.CloudFormation.Identity;

/// <summary>The synthetic identity of a resource of each type: what Ref returns (per the CloudFormation resource
/// reference's "Return values") and its ARN in the shape AWS gives it.</summary>
internal static class IdentityRules
{
    public static ResourceIdentity For(string type, IdentityInputs r)
    {
        var n = r.Name;
        return type switch
        {
            "AWS::S3::Bucket" => new(n, n, $"arn:{r.Partition}:s3:::{n}")
            {
                Attributes = new Dictionary<string, string> { ["DomainName"] = $"{n}.s3.amazonaws.com", ["RegionalDomainName"] = $"{n}.s3.{r.Region}.amazonaws.com" },
            },
            "AWS::IAM::Role" => WithId(new(n, n, r.Arn("iam", $"role{IamPath(r)}{n}", regional: false)), "RoleId", "AROA" + r.Hex(17).ToUpperInvariant()),
            "AWS::IAM::User" => new(n, n, r.Arn("iam", $"user{IamPath(r)}{n}", regional: false)),
            "AWS::IAM::Group" => new(n, n, r.Arn("iam", $"group{IamPath(r)}{n}", regional: false)),
            "AWS::IAM::ManagedPolicy" => Same(n, r.Arn("iam", $"policy{IamPath(r)}{n}", regional: false)),
            "AWS::IAM::InstanceProfile" => new(n, n, r.Arn("iam", $"instance-profile{IamPath(r)}{n}", regional: false)),
            "AWS::EC2::SecurityGroup" => Ec2(r, "security-group", "sg-", "GroupId"),
            "AWS::EC2::Instance" => Ec2(r, "instance", "i-", "InstanceId"),
            "AWS::EC2::Volume" => Ec2(r, "volume", "vol-", "VolumeId"),
            "AWS::EC2::VPC" => Ec2(r, "vpc", "vpc-", "VpcId"),
            "AWS::EC2::Subnet" => Ec2(r, "subnet", "subnet-", "SubnetId"),
            "AWS::EC2::NetworkAcl" => Ec2(r, "network-acl", "acl-", "Id"),
            "AWS::EC2::LaunchTemplate" => Ec2(r, "launch-template", "lt-", "LaunchTemplateId"),
            "AWS::KMS::Key" => KmsKey(r),
            "AWS::CloudTrail::Trail" => new(n, n, r.Arn("cloudtrail", $"trail/{n}")),
            "AWS::RDS::DBInstance" => WithId(new(n.ToLowerInvariant(), n.ToLowerInvariant(), r.Arn("rds", $"db:{n.ToLowerInvariant()}")), "DBInstanceArn", r.Arn("rds", $"db:{n.ToLowerInvariant()}")),
            "AWS::RDS::DBCluster" => WithId(new(n.ToLowerInvariant(), n.ToLowerInvariant(), r.Arn("rds", $"cluster:{n.ToLowerInvariant()}")), "DBClusterArn", r.Arn("rds", $"cluster:{n.ToLowerInvariant()}")),
            "AWS::DynamoDB::Table" => new(n, n, r.Arn("dynamodb", $"table/{n}")),
            "AWS::Lambda::Function" => new(n, n, r.Arn("lambda", $"function:{n}")),
            "AWS::Lambda::LayerVersion" => LayerVersion(r),
            "AWS::ElasticLoadBalancingV2::LoadBalancer" => LoadBalancer(r),
            "AWS::ElasticLoadBalancingV2::Listener" => WithId(Same(r.LogicalId, r.Arn("elasticloadbalancing", $"listener/app/{r.LogicalId}/{r.Hex(16)}/{r.Hex(16)}")), "ListenerArn", r.Arn("elasticloadbalancing", $"listener/app/{r.LogicalId}/{r.Hex(16)}/{r.Hex(16)}")),
            "AWS::ElasticLoadBalancing::LoadBalancer" => new(n, n, r.Arn("elasticloadbalancing", $"loadbalancer/{n}")),
            "AWS::SNS::Topic" => WithId(Same(n, r.Arn("sns", n)), "TopicArn", r.Arn("sns", n)),
            "AWS::SQS::Queue" => SqsQueue(r),
            "AWS::Logs::LogGroup" => new(n, n, r.Arn("logs", $"log-group:{n}")),
            "AWS::CloudWatch::Alarm" => new(n, n, r.Arn("cloudwatch", $"alarm:{n}")),
            "AWS::EFS::FileSystem" => Ec2Like(r, "elasticfilesystem", "file-system/", "fs-", "FileSystemId"),
            "AWS::SecretsManager::Secret" => Same(n, r.Arn("secretsmanager", $"secret:{n}-{r.Hex(6)}")),
            "AWS::ECR::Repository" => new(n, n, r.Arn("ecr", $"repository/{n}")),
            "AWS::CloudFront::Distribution" => CloudFront(r),
            "AWS::Backup::BackupVault" => WithId(new(n, n, r.Arn("backup", $"backup-vault:{n}")), "BackupVaultArn", r.Arn("backup", $"backup-vault:{n}")),
            "AWS::Backup::BackupPlan" => BackupPlan(r),
            "AWS::CertificateManager::Certificate" => Same(r.LogicalId, r.Arn("acm", $"certificate/{SyntheticIds.Uuid(r.Seed)}")),
            "AWS::AutoScaling::AutoScalingGroup" => new(n, n, r.Arn("autoscaling", $"autoScalingGroup:{SyntheticIds.Uuid(r.Seed)}:autoScalingGroupName/{n}")),
            "AWS::AutoScaling::LaunchConfiguration" => new(n, n, r.Arn("autoscaling", $"launchConfiguration:{SyntheticIds.Uuid(r.Seed)}:launchConfigurationName/{n}")),
            _ => Generic(type, r),
        };
    }

    private static ResourceIdentity Same(string name, string arn) => new(name, arn, arn);

    private static ResourceIdentity WithId(ResourceIdentity identity, string attribute, string value) =>
        identity with { Attributes = new Dictionary<string, string>(identity.Attributes) { [attribute] = value } };

    private static string IamPath(IdentityInputs r) => r.Property("Path") is { Length: > 0 } path && path.StartsWith('/') && path.EndsWith('/') ? path : "/";

    private static ResourceIdentity Ec2(IdentityInputs r, string kind, string prefix, string idAttribute) =>
        Ec2Like(r, "ec2", kind + "/", prefix, idAttribute);

    private static ResourceIdentity Ec2Like(IdentityInputs r, string service, string kind, string prefix, string idAttribute)
    {
        var id = prefix + r.Hex(17);
        return WithId(new(r.Name, id, r.Arn(service, kind + id)), idAttribute, id);
    }

    private static ResourceIdentity KmsKey(IdentityInputs r)
    {
        var id = SyntheticIds.Uuid(r.Seed);
        return WithId(new(r.LogicalId, id, r.Arn("kms", $"key/{id}")), "KeyId", id);
    }

    private static ResourceIdentity LoadBalancer(IdentityInputs r)
    {
        var kind = r.Property("Type") switch { "network" => "net", "gateway" => "gwy", _ => "app" };
        var arn = r.Arn("elasticloadbalancing", $"loadbalancer/{kind}/{r.Name}/{r.Hex(16)}");
        return WithId(WithId(new(r.Name, arn, arn), "LoadBalancerName", r.Name), "LoadBalancerFullName", $"{kind}/{r.Name}/{r.Hex(16)}");
    }

    private static ResourceIdentity SqsQueue(IdentityInputs r)
    {
        var url = $"https://sqs.{r.Region}.amazonaws.com/{r.Account}/{r.Name}";
        return WithId(WithId(new(r.Name, url, r.Arn("sqs", r.Name)), "QueueUrl", url), "QueueName", r.Name);
    }

    private static ResourceIdentity CloudFront(IdentityInputs r)
    {
        var id = "E" + r.Hex(13).ToUpperInvariant();
        return WithId(new(id, id, r.Arn("cloudfront", $"distribution/{id}", regional: false)), "Id", id);
    }

    /// <summary>Ref is the layer version ARN; a layer the template creates starts at version 1.</summary>
    private static ResourceIdentity LayerVersion(IdentityInputs r)
    {
        var arn = r.Arn("lambda", $"layer:{r.Name}:1");
        return WithId(Same(r.Name, arn), "LayerVersionArn", arn);
    }

    private static ResourceIdentity BackupPlan(IdentityInputs r)
    {
        var id = SyntheticIds.Uuid(r.Seed);
        var arn = r.Arn("backup", $"backup-plan:{id}");
        return WithId(WithId(new(r.LogicalId, id, arn), "BackupPlanId", id), "BackupPlanArn", arn);
    }

    /// <summary>A type Vigil does not map: its Ref and Arn are still known to be set.</summary>
    private static ResourceIdentity Generic(string type, IdentityInputs r)
    {
        var parts = type.Split("::");
        var service = parts.Length > 1 ? parts[1].ToLowerInvariant() : "unknown";
        var id = $"{r.Name}-{r.Hex(12)}";
        return WithId(new(r.Name, id, r.Arn(service, $"{(parts.Length > 2 ? parts[2].ToLowerInvariant() : "resource")}/{id}")), "Id", id);
    }
}
