using Vigil.Aws.Tests.Collectors.ComputeTesting;

namespace Vigil.Aws.Tests.Collectors.AutoScaling;

/// <summary>Auto Scaling in the query protocol's wire format (after the Amazon EC2 Auto Scaling API reference): two groups
/// over two pages ("web": a mixed instances policy with two types in two zones behind a target group with ELB health
/// checks; "legacy": a launch configuration in one zone behind a Classic Load Balancer with EC2 health checks) and two
/// launch configurations over two pages ("legacy-v1": public IP, IMDSv1; "legacy-v2": no public IP, IMDSv2).</summary>
internal static class AutoScalingEstate
{
    public const string WebArn = "arn:aws:autoscaling:eu-west-1:123456789012:autoScalingGroup:6d4d1c1e-1111-4d5a-9b2c-0example01:autoScalingGroupName/web";
    public const string LegacyArn = "arn:aws:autoscaling:eu-west-1:123456789012:autoScalingGroup:6d4d1c1e-2222-4d5a-9b2c-0example02:autoScalingGroupName/legacy";
    public const string V1Arn = "arn:aws:autoscaling:eu-west-1:123456789012:launchConfiguration:8a7f0a60-3333-4a7e-bb2c-0example03:launchConfigurationName/legacy-v1";
    public const string V2Arn = "arn:aws:autoscaling:eu-west-1:123456789012:launchConfiguration:8a7f0a60-4444-4a7e-bb2c-0example04:launchConfigurationName/legacy-v2";
    private const string Ns = "xmlns=\"http://autoscaling.amazonaws.com/doc/2011-01-01/\"";

    public static FakeAws Register(FakeAws fake) => fake
        .On("autoscaling", "DescribeAutoScalingGroups", r => FakeAws.Xml(r.Form.ContainsKey("NextToken") ? GroupsPage2 : GroupsPage1))
        .On("autoscaling", "DescribeLaunchConfigurations", r => FakeAws.Xml(r.Form.ContainsKey("NextToken") ? ConfigurationsPage2 : ConfigurationsPage1));

    private const string GroupsPage1 = $"""
        <DescribeAutoScalingGroupsResponse {Ns}>
          <DescribeAutoScalingGroupsResult>
            <AutoScalingGroups>
              <member>
                <AutoScalingGroupName>web</AutoScalingGroupName>
                <AutoScalingGroupARN>{WebArn}</AutoScalingGroupARN>
                <MixedInstancesPolicy>
                  <LaunchTemplate>
                    <LaunchTemplateSpecification><LaunchTemplateId>lt-0web</LaunchTemplateId><LaunchTemplateName>web</LaunchTemplateName><Version>$Default</Version></LaunchTemplateSpecification>
                    <Overrides><member><InstanceType>m7g.large</InstanceType></member><member><InstanceType>m6g.large</InstanceType></member></Overrides>
                  </LaunchTemplate>
                  <InstancesDistribution><OnDemandBaseCapacity>2</OnDemandBaseCapacity></InstancesDistribution>
                </MixedInstancesPolicy>
                <MinSize>2</MinSize><MaxSize>6</MaxSize><DesiredCapacity>2</DesiredCapacity><DefaultCooldown>300</DefaultCooldown>
                <AvailabilityZones><member>eu-west-1a</member><member>eu-west-1b</member></AvailabilityZones>
                <LoadBalancerNames/>
                <TargetGroupARNs><member>arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/73e2d6bc24d8a067</member></TargetGroupARNs>
                <HealthCheckType>ELB</HealthCheckType>
                <HealthCheckGracePeriod>300</HealthCheckGracePeriod>
                <Instances/>
                <CreatedTime>2026-03-01T10:00:00.000Z</CreatedTime>
                <VPCZoneIdentifier>subnet-0a,subnet-0b</VPCZoneIdentifier>
                <Tags><member><ResourceId>web</ResourceId><ResourceType>auto-scaling-group</ResourceType><Key>team</Key><Value>platform</Value><PropagateAtLaunch>true</PropagateAtLaunch></member></Tags>
              </member>
            </AutoScalingGroups>
            <NextToken>page-2</NextToken>
          </DescribeAutoScalingGroupsResult>
          <ResponseMetadata><RequestId>0f02a07d-b677-11e2-9eb0-dd50EXAMPLE</RequestId></ResponseMetadata>
        </DescribeAutoScalingGroupsResponse>
        """;

    private const string GroupsPage2 = $"""
        <DescribeAutoScalingGroupsResponse {Ns}>
          <DescribeAutoScalingGroupsResult>
            <AutoScalingGroups>
              <member>
                <AutoScalingGroupName>legacy</AutoScalingGroupName>
                <AutoScalingGroupARN>{LegacyArn}</AutoScalingGroupARN>
                <LaunchConfigurationName>legacy-v1</LaunchConfigurationName>
                <MinSize>1</MinSize><MaxSize>2</MaxSize><DesiredCapacity>1</DesiredCapacity><DefaultCooldown>300</DefaultCooldown>
                <AvailabilityZones><member>eu-west-1a</member></AvailabilityZones>
                <LoadBalancerNames><member>legacy-clb</member></LoadBalancerNames>
                <TargetGroupARNs/>
                <HealthCheckType>EC2</HealthCheckType>
                <Instances/>
                <CreatedTime>2019-03-01T10:00:00.000Z</CreatedTime>
                <Tags/>
              </member>
            </AutoScalingGroups>
          </DescribeAutoScalingGroupsResult>
          <ResponseMetadata><RequestId>0f02a07d-b677-11e2-9eb0-dd50EXAMPLF</RequestId></ResponseMetadata>
        </DescribeAutoScalingGroupsResponse>
        """;

    private const string ConfigurationsPage1 = $"""
        <DescribeLaunchConfigurationsResponse {Ns}>
          <DescribeLaunchConfigurationsResult>
            <LaunchConfigurations>
              <member>
                <LaunchConfigurationName>legacy-v1</LaunchConfigurationName>
                <LaunchConfigurationARN>{V1Arn}</LaunchConfigurationARN>
                <ImageId>ami-0528a5175983e7f28</ImageId>
                <InstanceType>t2.micro</InstanceType>
                <SecurityGroups><member>sg-0legacy</member></SecurityGroups>
                <InstanceMonitoring><Enabled>true</Enabled></InstanceMonitoring>
                <CreatedTime>2019-03-01T10:00:00.000Z</CreatedTime>
                <AssociatePublicIpAddress>true</AssociatePublicIpAddress>
                <MetadataOptions><HttpTokens>optional</HttpTokens><HttpEndpoint>enabled</HttpEndpoint></MetadataOptions>
              </member>
            </LaunchConfigurations>
            <NextToken>page-2</NextToken>
          </DescribeLaunchConfigurationsResult>
          <ResponseMetadata><RequestId>d05a22f8-b690-11e2-bf8e-2113fEXAMPLE</RequestId></ResponseMetadata>
        </DescribeLaunchConfigurationsResponse>
        """;

    private const string ConfigurationsPage2 = $"""
        <DescribeLaunchConfigurationsResponse {Ns}>
          <DescribeLaunchConfigurationsResult>
            <LaunchConfigurations>
              <member>
                <LaunchConfigurationName>legacy-v2</LaunchConfigurationName>
                <LaunchConfigurationARN>{V2Arn}</LaunchConfigurationARN>
                <ImageId>ami-0528a5175983e7f29</ImageId>
                <InstanceType>t3.micro</InstanceType>
                <CreatedTime>2024-03-01T10:00:00.000Z</CreatedTime>
                <AssociatePublicIpAddress>false</AssociatePublicIpAddress>
                <MetadataOptions><HttpTokens>required</HttpTokens><HttpPutResponseHopLimit>2</HttpPutResponseHopLimit></MetadataOptions>
              </member>
            </LaunchConfigurations>
          </DescribeLaunchConfigurationsResult>
          <ResponseMetadata><RequestId>d05a22f8-b690-11e2-bf8e-2113fEXAMPLF</RequestId></ResponseMetadata>
        </DescribeLaunchConfigurationsResponse>
        """;
}
