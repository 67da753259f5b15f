using System.Text.Json.Nodes;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.Compute;
using Vigil.Core.Model;
using Vigil.Core.Model.Ssm;

namespace Vigil.Aws.Collectors.Ssm;

/// <summary>Managed instances (DescribeInstanceInformation) with their Patch and Association compliance status
/// (ListResourceComplianceSummaries, one listing for the region) and missing patch counts (DescribeInstancePatchStates,
/// 50 instances a call).</summary>
internal static class ManagedInstanceReader
{
    private const int PatchStateBatch = 50;
    private static readonly string[] ComplianceProperties = [nameof(ManagedInstance.PatchComplianceStatus), nameof(ManagedInstance.AssociationComplianceStatus)];
    private static readonly string[] PatchStateProperties =
        [nameof(ManagedInstance.MissingCriticalPatches), nameof(ManagedInstance.MissingSecurityPatches), nameof(ManagedInstance.LastPatchScan)];

    public static async Task ReadAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        var instancesTask = target.ListAsync(sink, "ssm", "DescribeInstanceInformation", null, "InstanceInformationList", ResourceTypes.SsmManagedInstance, cancellationToken);
        var complianceTask = target.TryListAsync("ssm", "ListResourceComplianceSummaries", null, "ResourceComplianceSummaryItems", cancellationToken);
        var instances = await instancesTask.ConfigureAwait(false);
        var compliance = await complianceTask.ConfigureAwait(false);
        if (instances is null) return;

        var ids = instances.Select(i => i.Text("InstanceId")).OfType<string>().ToList();
        var patchStates = await Task.WhenAll(ids.Chunk(PatchStateBatch).Select(batch => target.TryListAsync("ssm", "DescribeInstancePatchStates",
            new JsonObject { ["InstanceIds"] = new JsonArray([.. batch.Select(id => (JsonNode)id)]) }, "InstancePatchStates", cancellationToken))).ConfigureAwait(false);
        var patchFailure = patchStates.FirstOrDefault(p => p.Failure is not null)?.Failure;
        var statesById = patchStates.SelectMany(p => p.Items ?? []).Where(s => s.Text("InstanceId") is not null)
            .ToDictionary(s => s.Text("InstanceId")!, StringComparer.Ordinal);
        var statusByKey = (compliance.Items ?? [])
            .Where(c => c.Text("ResourceId") is not null && c.Text("ComplianceType") is not null)
            .ToDictionary(c => (c.Text("ResourceId")!, c.Text("ComplianceType")!), c => c.Text("Status"));

        foreach (var node in instances)
        {
            var instance = ToInstance(target, node);
            var unreadable = new List<string>();
            if (compliance.Failure is { } complianceFailure)
            {
                unreadable.AddRange(ComplianceProperties);
                foreach (var property in ComplianceProperties) sink.Failed(complianceFailure, target.AccountId, ResourceTypes.SsmManagedInstance, instance.Arn, property);
            }
            else
            {
                instance = instance with
                {
                    PatchComplianceStatus = statusByKey.GetValueOrDefault((instance.InstanceId, "Patch")),
                    AssociationComplianceStatus = statusByKey.GetValueOrDefault((instance.InstanceId, "Association")),
                };
            }
            if (patchFailure is not null)
            {
                unreadable.AddRange(PatchStateProperties);
                foreach (var property in PatchStateProperties) sink.Failed(patchFailure, target.AccountId, ResourceTypes.SsmManagedInstance, instance.Arn, property);
            }
            else if (statesById.TryGetValue(instance.InstanceId, out var state))
            {
                instance = instance with
                {
                    MissingCriticalPatches = state.Integer("CriticalNonCompliantCount") ?? 0,
                    MissingSecurityPatches = state.Integer("SecurityNonCompliantCount") ?? 0,
                    LastPatchScan = state.Time("OperationEndTime"),
                };
            }
            sink.Add(unreadable.Count == 0 ? instance : instance with { Unreadable = unreadable });
        }
    }

    private static ManagedInstance ToInstance(CollectionTarget target, JsonNode instance)
    {
        var id = instance.Text("InstanceId") ?? throw new InvalidDataException("DescribeInstanceInformation returned an instance without InstanceId");
        return new ManagedInstance
        {
            Arn = $"arn:{target.Partition}:ssm:{target.Region}:{target.AccountId}:managed-instance/{id}",
            Name = instance.Text("ComputerName") ?? instance.Text("Name") ?? id,
            AccountId = target.AccountId,
            Region = target.Region,
            InstanceId = id,
            PingStatus = instance.Text("PingStatus") ?? throw new InvalidDataException($"DescribeInstanceInformation returned {id} without PingStatus"),
            PlatformName = instance.Text("PlatformName"),
            AgentVersion = instance.Text("AgentVersion"),
        };
    }
}
