namespace Vigil.Importers.Tests.CloudFormation;

public sealed class ServiceMappingTests
{
    [Fact]
    public void GetAtt_OfAnAttributeThatIsADeclaredProperty_GivesTheProperty()
    {
        var snapshot = TemplateImport.Text("Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.1.0.0/16\n  Net:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: !Ref Vpc\n      CidrBlock: !GetAtt Vpc.CidrBlock\n");
        var subnet = Assert.Single(snapshot.Subnets);
        Assert.Equal("10.1.0.0/16", subnet.CidrBlock);
        Assert.Equal(Assert.Single(snapshot.Vpcs).VpcId, subnet.VpcId);
    }

    [Fact]
    public void Listener_IsJoinedIntoItsLoadBalancer()
    {
        var snapshot = TemplateImport.Text("""
            Resources:
              Alb:
                Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                Properties:
                  Scheme: internal
              Http:
                Type: AWS::ElasticLoadBalancingV2::Listener
                Properties:
                  LoadBalancerArn: !Ref Alb
                  Protocol: HTTP
                  Port: 80
                  DefaultActions:
                    - Type: redirect
                      RedirectConfig: {Protocol: HTTPS, Port: '443', StatusCode: HTTP_301}
            """);
        var balancer = Assert.Single(snapshot.LoadBalancers);
        Assert.False(balancer.IsInternetFacing);
        Assert.Equal("defensive", balancer.DesyncMitigationMode);
        Assert.True(Assert.Single(balancer.Listeners).RedirectsToHttps);
    }

    [Fact]
    public void TopicPolicy_ReplacesTheDefaultTopicPolicy()
    {
        var snapshot = TemplateImport.Text("""
            Resources:
              Alerts:
                Type: AWS::SNS::Topic
              Plain:
                Type: AWS::SNS::Topic
              AlertsPolicy:
                Type: AWS::SNS::TopicPolicy
                Properties:
                  Topics: [!Ref Alerts]
                  PolicyDocument: {Statement: [{Effect: Allow, Principal: '*', Action: 'sns:Publish', Resource: '*'}]}
            """);
        Assert.Contains("\"Principal\":\"*\"", snapshot.SnsTopics.Single(t => t.Name == "Alerts").Policy, StringComparison.Ordinal);
        Assert.Contains("__default_policy_ID", snapshot.SnsTopics.Single(t => t.Name == "Plain").Policy, StringComparison.Ordinal);
    }

    [Fact]
    public void Queue_WithoutAKmsKey_HasSqsManagedEncryption() =>
        Assert.True(Assert.Single(TemplateImport.Text("Resources:\n  Jobs:\n    Type: AWS::SQS::Queue\n").SqsQueues).SqsManagedSseEnabled);

    [Fact]
    public void RdsInstance_ReadsTheParametersOfItsParameterGroup()
    {
        var snapshot = TemplateImport.Text("""
            Resources:
              Params:
                Type: AWS::RDS::DBParameterGroup
                Properties:
                  Family: postgres16
                  Parameters: {rds.force_ssl: '1'}
              Db:
                Type: AWS::RDS::DBInstance
                Properties:
                  Engine: postgres
                  DBParameterGroupName: !Ref Params
            """);
        var db = Assert.Single(snapshot.RdsInstances);
        Assert.Equal("1", db.Parameters["rds.force_ssl"]);
        Assert.False(db.StorageEncrypted);
        Assert.False(db.PubliclyAccessible);
        Assert.Equal(5432, db.Port);
    }

    [Fact]
    public void Distribution_WithAnOriginBucketOfTheTemplate_KnowsTheBucketExists()
    {
        var snapshot = TemplateImport.Text("""
            Resources:
              Assets:
                Type: AWS::S3::Bucket
                Properties: {BucketName: assets}
              Cdn:
                Type: AWS::CloudFront::Distribution
                Properties:
                  DistributionConfig:
                    Enabled: true
                    Origins:
                      - {Id: a, DomainName: !GetAtt Assets.RegionalDomainName, S3OriginConfig: {}}
                      - {Id: b, DomainName: legacy.s3.amazonaws.com, S3OriginConfig: {}}
            """);
        var distribution = Assert.Single(snapshot.CloudFrontDistributions);
        Assert.Equal(["assets", "legacy"], distribution.Origins.Select(o => o.BucketName));
        Assert.Null(distribution.MissingOriginBuckets);
        Assert.Contains("legacy", snapshot.Errors.Single(e => e.Property == "MissingOriginBuckets").Message, StringComparison.Ordinal);
        Assert.True(distribution.UsesDefaultCertificate);
    }

    [Fact]
    public void RotationSchedule_TurnsOnRotationOfItsSecret()
    {
        var snapshot = TemplateImport.Text("""
            Resources:
              Db:
                Type: AWS::SecretsManager::Secret
              Rotation:
                Type: AWS::SecretsManager::RotationSchedule
                Properties:
                  SecretId: !Ref Db
                  RotationRules: {AutomaticallyAfterDays: 30}
            """);
        var secret = Assert.Single(snapshot.Secrets);
        Assert.True(secret.RotationEnabled);
        Assert.Equal(30, secret.RotationIntervalDays);
        Assert.Contains("CreatedDate", secret.Unreadable);
    }

    [Fact]
    public void BackupSelection_IsJoinedIntoItsPlan()
    {
        var snapshot = TemplateImport.Text("""
            Resources:
              Plan:
                Type: AWS::Backup::BackupPlan
                Properties:
                  BackupPlan:
                    BackupPlanName: daily
                    BackupPlanRule: [{RuleName: r, TargetBackupVault: v}]
              Selection:
                Type: AWS::Backup::BackupSelection
                Properties:
                  BackupPlanId: !Ref Plan
                  BackupSelection:
                    SelectionName: tagged
                    IamRoleArn: arn:aws:iam::000000000000:role/backup
                    ListOfTags: [{ConditionType: STRINGEQUALS, ConditionKey: backup, ConditionValue: daily}]
            """);
        var plan = Assert.Single(snapshot.BackupPlans);
        Assert.Equal("daily", plan.Name);
        Assert.Equal("backup", Assert.Single(Assert.Single(plan.Selections).ListOfTags).TagKey);
    }
}
