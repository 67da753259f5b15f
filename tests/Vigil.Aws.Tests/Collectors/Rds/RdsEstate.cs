using Vigil.Aws.Tests.Collectors.ComputeTesting;

namespace Vigil.Aws.Tests.Collectors.Rds;

/// <summary>A small RDS region in the query protocol's wire format (after the Amazon RDS API reference examples): a
/// public PostgreSQL instance on a second page of DescribeDBInstances, an Aurora cluster member, the cluster, a public
/// manual snapshot, an automated one and a shared cluster snapshot.</summary>
internal static class RdsEstate
{
    private const string Ns = "xmlns=\"http://rds.amazonaws.com/doc/2014-10-31/\"";

    public static FakeAws Register(FakeAws fake) => fake
        .On("rds", "DescribeDBInstances", r => FakeAws.Xml(r.Form.ContainsKey("Marker") ? InstancesPage2 : InstancesPage1))
        .On("rds", "DescribeDBParameters", r => FakeAws.Xml(r.Form.ContainsKey("Marker") ? ParametersPage2 : ParametersPage1))
        .OnXml("rds", "DescribeDBClusters", Clusters)
        .OnXml("rds", "DescribeDBSnapshots", Snapshots)
        .OnXml("rds", "DescribeDBSnapshotAttributes", SnapshotAttributes)
        .OnXml("rds", "DescribeDBClusterSnapshots", ClusterSnapshots)
        .OnXml("rds", "DescribeDBClusterSnapshotAttributes", ClusterSnapshotAttributes);

    private const string InstancesPage1 = $"""
        <DescribeDBInstancesResponse {Ns}>
          <DescribeDBInstancesResult>
            <DBInstances>
              <DBInstance>
                <DBInstanceIdentifier>aurora-1</DBInstanceIdentifier>
                <DBInstanceArn>arn:aws:rds:eu-west-1:123456789012:db:aurora-1</DBInstanceArn>
                <Engine>aurora-postgresql</Engine>
                <EngineVersion>15.4</EngineVersion>
                <DBInstanceClass>db.r6g.large</DBInstanceClass>
                <DBClusterIdentifier>orders</DBClusterIdentifier>
                <DBParameterGroups><DBParameterGroup><DBParameterGroupName>default.aurora-postgresql15</DBParameterGroupName><ParameterApplyStatus>in-sync</ParameterApplyStatus></DBParameterGroup></DBParameterGroups>
                <PubliclyAccessible>false</PubliclyAccessible>
                <StorageEncrypted>true</StorageEncrypted>
                <MultiAZ>false</MultiAZ>
                <AutoMinorVersionUpgrade>true</AutoMinorVersionUpgrade>
                <BackupRetentionPeriod>7</BackupRetentionPeriod>
                <MonitoringInterval>0</MonitoringInterval>
                <TagList/>
              </DBInstance>
            </DBInstances>
            <Marker>page-2</Marker>
          </DescribeDBInstancesResult>
          <ResponseMetadata><RequestId>01b2685a-b978-11d3-f272-7cd6cEXAMPLE</RequestId></ResponseMetadata>
        </DescribeDBInstancesResponse>
        """;

    private const string InstancesPage2 = $"""
        <DescribeDBInstancesResponse {Ns}>
          <DescribeDBInstancesResult>
            <DBInstances>
              <DBInstance>
                <DBInstanceIdentifier>billing</DBInstanceIdentifier>
                <DBInstanceArn>arn:aws:rds:eu-west-1:123456789012:db:billing</DBInstanceArn>
                <Engine>postgres</Engine>
                <EngineVersion>14.10</EngineVersion>
                <DBInstanceClass>db.t3.medium</DBInstanceClass>
                <DBInstanceStatus>available</DBInstanceStatus>
                <MasterUsername>postgres</MasterUsername>
                <Endpoint><Address>billing.abc.eu-west-1.rds.amazonaws.com</Address><Port>5432</Port><HostedZoneId>Z29XKXDKYMONMX</HostedZoneId></Endpoint>
                <DBParameterGroups><DBParameterGroup><DBParameterGroupName>billing-pg14</DBParameterGroupName><ParameterApplyStatus>in-sync</ParameterApplyStatus></DBParameterGroup></DBParameterGroups>
                <DBSubnetGroup><DBSubnetGroupName>db</DBSubnetGroupName><VpcId>vpc-0a1b2c3d</VpcId><SubnetGroupStatus>Complete</SubnetGroupStatus></DBSubnetGroup>
                <PubliclyAccessible>true</PubliclyAccessible>
                <StorageEncrypted>false</StorageEncrypted>
                <MultiAZ>true</MultiAZ>
                <AutoMinorVersionUpgrade>false</AutoMinorVersionUpgrade>
                <BackupRetentionPeriod>0</BackupRetentionPeriod>
                <DeletionProtection>true</DeletionProtection>
                <IAMDatabaseAuthenticationEnabled>true</IAMDatabaseAuthenticationEnabled>
                <MonitoringInterval>60</MonitoringInterval>
                <EnabledCloudwatchLogsExports><member>postgresql</member><member>upgrade</member></EnabledCloudwatchLogsExports>
                <CopyTagsToSnapshot>true</CopyTagsToSnapshot>
                <PerformanceInsightsEnabled>true</PerformanceInsightsEnabled>
                <KmsKeyId>arn:aws:kms:eu-west-1:123456789012:key/rds</KmsKeyId>
                <ReadReplicaSourceDBInstanceIdentifier>billing-primary</ReadReplicaSourceDBInstanceIdentifier>
                <TagList><Tag><Key>team</Key><Value>finance</Value></Tag></TagList>
              </DBInstance>
            </DBInstances>
          </DescribeDBInstancesResult>
          <ResponseMetadata><RequestId>01b2685a-b978-11d3-f272-7cd6cEXAMPLE</RequestId></ResponseMetadata>
        </DescribeDBInstancesResponse>
        """;

    private const string ParametersPage1 = $"""
        <DescribeDBParametersResponse {Ns}>
          <DescribeDBParametersResult>
            <Parameters>
              <Parameter><ParameterName>autovacuum</ParameterName><ParameterValue>1</ParameterValue><Source>engine-default</Source><ApplyType>dynamic</ApplyType><DataType>boolean</DataType><IsModifiable>true</IsModifiable></Parameter>
            </Parameters>
            <Marker>params-2</Marker>
          </DescribeDBParametersResult>
          <ResponseMetadata><RequestId>8c40488f-b9ff-11d3-a15e-7ac49EXAMPLE</RequestId></ResponseMetadata>
        </DescribeDBParametersResponse>
        """;

    private const string ParametersPage2 = $"""
        <DescribeDBParametersResponse {Ns}>
          <DescribeDBParametersResult>
            <Parameters>
              <Parameter><ParameterName>rds.force_ssl</ParameterName><ParameterValue>0</ParameterValue><Source>user</Source><ApplyType>dynamic</ApplyType><DataType>boolean</DataType><IsModifiable>true</IsModifiable></Parameter>
            </Parameters>
          </DescribeDBParametersResult>
          <ResponseMetadata><RequestId>8c40488f-b9ff-11d3-a15e-7ac49EXAMPLE</RequestId></ResponseMetadata>
        </DescribeDBParametersResponse>
        """;

    private const string Clusters = $"""
        <DescribeDBClustersResponse {Ns}>
          <DescribeDBClustersResult>
            <DBClusters>
              <DBCluster>
                <DBClusterIdentifier>orders</DBClusterIdentifier>
                <DBClusterArn>arn:aws:rds:eu-west-1:123456789012:cluster:orders</DBClusterArn>
                <Engine>aurora-postgresql</Engine>
                <EngineVersion>15.4</EngineVersion>
                <AvailabilityZones><AvailabilityZone>eu-west-1a</AvailabilityZone><AvailabilityZone>eu-west-1b</AvailabilityZone></AvailabilityZones>
                <StorageEncrypted>true</StorageEncrypted>
                <KmsKeyId>arn:aws:kms:eu-west-1:123456789012:key/orders</KmsKeyId>
                <MultiAZ>true</MultiAZ>
                <DeletionProtection>false</DeletionProtection>
                <IAMDatabaseAuthenticationEnabled>false</IAMDatabaseAuthenticationEnabled>
                <BackupRetentionPeriod>7</BackupRetentionPeriod>
                <BacktrackWindow>86400</BacktrackWindow>
                <CopyTagsToSnapshot>true</CopyTagsToSnapshot>
                <AutoMinorVersionUpgrade>true</AutoMinorVersionUpgrade>
                <EnabledCloudwatchLogsExports><member>postgresql</member></EnabledCloudwatchLogsExports>
                <MasterUsername>orders_admin</MasterUsername>
                <TagList><Tag><Key>team</Key><Value>orders</Value></Tag></TagList>
              </DBCluster>
            </DBClusters>
          </DescribeDBClustersResult>
          <ResponseMetadata><RequestId>d9d3f4ae-b9ff-11d3-a15e-7ac49EXAMPLE</RequestId></ResponseMetadata>
        </DescribeDBClustersResponse>
        """;

    private const string Snapshots = $"""
        <DescribeDBSnapshotsResponse {Ns}>
          <DescribeDBSnapshotsResult>
            <DBSnapshots>
              <DBSnapshot>
                <DBSnapshotIdentifier>billing-export</DBSnapshotIdentifier>
                <DBSnapshotArn>arn:aws:rds:eu-west-1:123456789012:snapshot:billing-export</DBSnapshotArn>
                <DBInstanceIdentifier>billing</DBInstanceIdentifier>
                <SnapshotCreateTime>2024-08-01T03:00:00.000Z</SnapshotCreateTime>
                <Engine>postgres</Engine>
                <SnapshotType>manual</SnapshotType>
                <Encrypted>false</Encrypted>
              </DBSnapshot>
              <DBSnapshot>
                <DBSnapshotIdentifier>rds:billing-2024-08-02-03-00</DBSnapshotIdentifier>
                <DBSnapshotArn>arn:aws:rds:eu-west-1:123456789012:snapshot:rds:billing-2024-08-02-03-00</DBSnapshotArn>
                <DBInstanceIdentifier>billing</DBInstanceIdentifier>
                <SnapshotType>automated</SnapshotType>
                <Encrypted>false</Encrypted>
              </DBSnapshot>
            </DBSnapshots>
          </DescribeDBSnapshotsResult>
          <ResponseMetadata><RequestId>b7769930-b98c-11d3-f272-7cd6cEXAMPLE</RequestId></ResponseMetadata>
        </DescribeDBSnapshotsResponse>
        """;

    private const string SnapshotAttributes = $"""
        <DescribeDBSnapshotAttributesResponse {Ns}>
          <DescribeDBSnapshotAttributesResult>
            <DBSnapshotAttributesResult>
              <DBSnapshotAttributes>
                <DBSnapshotAttribute><AttributeName>restore</AttributeName><AttributeValues><AttributeValue>all</AttributeValue><AttributeValue>210987654321</AttributeValue></AttributeValues></DBSnapshotAttribute>
              </DBSnapshotAttributes>
              <DBSnapshotIdentifier>billing-export</DBSnapshotIdentifier>
            </DBSnapshotAttributesResult>
          </DescribeDBSnapshotAttributesResult>
          <ResponseMetadata><RequestId>8a5ea8e5-a1cd-11e5-a1d1-95e6dEXAMPLE</RequestId></ResponseMetadata>
        </DescribeDBSnapshotAttributesResponse>
        """;

    private const string ClusterSnapshots = $"""
        <DescribeDBClusterSnapshotsResponse {Ns}>
          <DescribeDBClusterSnapshotsResult>
            <DBClusterSnapshots>
              <DBClusterSnapshot>
                <DBClusterSnapshotIdentifier>orders-before-migration</DBClusterSnapshotIdentifier>
                <DBClusterSnapshotArn>arn:aws:rds:eu-west-1:123456789012:cluster-snapshot:orders-before-migration</DBClusterSnapshotArn>
                <DBClusterIdentifier>orders</DBClusterIdentifier>
                <SnapshotCreateTime>2024-09-01T00:00:00Z</SnapshotCreateTime>
                <SnapshotType>manual</SnapshotType>
                <StorageEncrypted>true</StorageEncrypted>
                <KmsKeyId>arn:aws:kms:eu-west-1:123456789012:key/orders</KmsKeyId>
              </DBClusterSnapshot>
            </DBClusterSnapshots>
          </DescribeDBClusterSnapshotsResult>
          <ResponseMetadata><RequestId>d9d3f4ae-b9ff-11d3-a15e-7ac49EXAMPLE</RequestId></ResponseMetadata>
        </DescribeDBClusterSnapshotsResponse>
        """;

    private const string ClusterSnapshotAttributes = $"""
        <DescribeDBClusterSnapshotAttributesResponse {Ns}>
          <DescribeDBClusterSnapshotAttributesResult>
            <DBClusterSnapshotAttributesResult>
              <DBClusterSnapshotIdentifier>orders-before-migration</DBClusterSnapshotIdentifier>
              <DBClusterSnapshotAttributes>
                <DBClusterSnapshotAttribute><AttributeName>restore</AttributeName><AttributeValues><AttributeValue>210987654321</AttributeValue></AttributeValues></DBClusterSnapshotAttribute>
              </DBClusterSnapshotAttributes>
            </DBClusterSnapshotAttributesResult>
          </DescribeDBClusterSnapshotAttributesResult>
          <ResponseMetadata><RequestId>d9d3f4ae-b9ff-11d3-a15e-7ac49EXAMPLE</RequestId></ResponseMetadata>
        </DescribeDBClusterSnapshotAttributesResponse>
        """;
}
