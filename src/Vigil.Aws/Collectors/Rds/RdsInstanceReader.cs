using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model;
using Vigil.Core.Model.Rds;

namespace Vigil.Aws.Collectors.Rds;

/// <summary>DB instances (DescribeDBInstances). For a standalone PostgreSQL or MySQL instance, the parameter that forces
/// TLS is read from its DB parameter group (DescribeDBParameters, once per group).</summary>
internal static class RdsInstanceReader
{
    /// <summary>The parameters checks read, by engine.</summary>
    private static readonly Dictionary<string, string> TlsParameters = new(StringComparer.Ordinal)
    {
        ["postgres"] = "rds.force_ssl",
        ["mysql"] = "require_secure_transport",
    };

    public static async Task ReadAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var instances = await target.ListAsync(sink, "rds", "DescribeDBInstances", null, "DBInstances", ResourceTypes.RdsInstance, cancellationToken).ConfigureAwait(false);
        if (instances is null) return;
        var groups = new ConcurrentDictionary<string, Task<ListResult>>(StringComparer.Ordinal);
        await Task.WhenAll(instances.Select(i => ReadOneAsync(target, sink, groups, i, cancellationToken))).ConfigureAwait(false);
    }

    private static async Task ReadOneAsync(CollectionTarget target, CollectionSink sink, ConcurrentDictionary<string, Task<ListResult>> groups,
        JsonNode node, CancellationToken cancellationToken)
    {
        var instance = ToInstance(target, node);
        var group = node.Items("DBParameterGroups").Select(g => g.Text("DBParameterGroupName")).OfType<string>().FirstOrDefault();
        if (instance.DbClusterIdentifier is not null || group is null || !TlsParameters.TryGetValue(instance.Engine, out var wanted))
        {
            sink.Add(instance);
            return;
        }
        var parameters = await groups.GetOrAdd(group, name => target.TryListAsync("rds", "DescribeDBParameters",
            new JsonObject { ["DBParameterGroupName"] = name, ["MaxRecords"] = 100 }, "Parameters", cancellationToken)).ConfigureAwait(false);
        if (parameters.Failure is { } failure)
        {
            sink.Add(instance with { Unreadable = [.. instance.Unreadable, nameof(RdsInstance.Parameters)] });
            sink.Failed(failure, target.AccountId, ResourceTypes.RdsInstance, instance.Arn, nameof(RdsInstance.Parameters));
            return;
        }
        // A parameter listed without a value is left at the engine default, which this collector does not guess.
        var values = parameters.Items!
            .Where(p => p.Text("ParameterName") == wanted && p.Text("ParameterValue") is not null)
            .ToDictionary(p => p.Text("ParameterName")!, p => p.Text("ParameterValue")!, StringComparer.Ordinal);
        sink.Add(instance with { Parameters = values });
    }

    /// <summary>Flags AWS always sends; one missing is named unreadable rather than read as false.</summary>
    private static List<string> Absent(JsonNode instance, params string[] members) => [.. members.Where(m => instance.Flag(m) is null)];

    private static RdsInstance ToInstance(CollectionTarget target, JsonNode instance)
    {
        var id = instance.Text("DBInstanceIdentifier") ?? throw new InvalidDataException("DescribeDBInstances returned an instance without DBInstanceIdentifier");
        return new RdsInstance
        {
            Arn = instance.Text("DBInstanceArn") ?? RdsNames.Arn(target, "db", id),
            Name = id,
            AccountId = target.AccountId,
            Region = target.Region,
            Tags = instance.KeyValueTags("TagList"),
            DbInstanceIdentifier = id,
            Engine = instance.Text("Engine") ?? throw new InvalidDataException($"DescribeDBInstances returned instance {id} without Engine"),
            EngineVersion = instance.Text("EngineVersion"),
            DbInstanceClass = instance.Text("DBInstanceClass"),
            DbClusterIdentifier = instance.Text("DBClusterIdentifier"),
            ReadReplicaSourceDbInstanceIdentifier = instance.Text("ReadReplicaSourceDBInstanceIdentifier"),
            PubliclyAccessible = instance.Flag("PubliclyAccessible") ?? false,
            StorageEncrypted = instance.Flag("StorageEncrypted") ?? false,
            Unreadable = Absent(instance, "PubliclyAccessible", "StorageEncrypted"),
            KmsKeyId = instance.Text("KmsKeyId"),
            MultiAz = instance.Flag("MultiAZ") ?? false,
            AutoMinorVersionUpgrade = instance.Flag("AutoMinorVersionUpgrade") ?? false,
            BackupRetentionPeriod = instance.Integer("BackupRetentionPeriod") ?? 0,
            DeletionProtection = instance.Flag("DeletionProtection") ?? false,
            IamDatabaseAuthenticationEnabled = instance.Flag("IAMDatabaseAuthenticationEnabled") ?? false,
            MonitoringInterval = instance.Integer("MonitoringInterval") ?? 0,
            EnabledCloudwatchLogsExports = instance.Texts("EnabledCloudwatchLogsExports"),
            CopyTagsToSnapshot = instance.Flag("CopyTagsToSnapshot") ?? false,
            Port = instance["Endpoint"].Integer("Port") ?? (instance.Integer("DbInstancePort") is int port && port > 0 ? port : null),
            MasterUsername = instance.Text("MasterUsername"),
            VpcId = instance["DBSubnetGroup"].Text("VpcId"),
            PerformanceInsightsEnabled = instance.Flag("PerformanceInsightsEnabled") ?? false,
        };
    }
}
