using Vigil.Core.Model.DynamoDb;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>aws_dynamodb_table. Terraform's default billing mode is PROVISIONED; capacity is auto scaled when a planned
/// aws_appautoscaling_target names the table (resource_id table/NAME). Without server_side_encryption the table uses an
/// AWS owned key.</summary>
internal sealed class DynamoDbTableMapper : IResourceMapper
{
    public string Type => "aws_dynamodb_table";

    public void Map(PlanInstance instance, MappingContext context)
    {
        var identity = context.Identity(instance);
        var unknowns = new Unknowns();
        var sse = context.Read(instance, "server_side_encryption[0].enabled");
        var key = context.Read(instance, "server_side_encryption[0].kms_key_arn");
        unknowns.Track("KmsKeyArn", key);
        var keyArn = context.Text(key);
        var pitr = context.Read(instance, "point_in_time_recovery[0].enabled");
        unknowns.Track("PointInTimeRecoveryEnabled", pitr);
        context.Add(new DynamoDbTable
        {
            Arn = identity.Arn,
            Name = identity.Name,
            AccountId = context.AccountId,
            Region = context.Region(instance),
            Tags = context.Tags(instance),
            Location = context.Location(instance),
            BillingMode = context.Read(instance, "billing_mode").String ?? "PROVISIONED",
            AutoScalingConfigured = context.Index.OfType("aws_appautoscaling_target").Any(t => ScalesTable(t, identity, context)),
            PointInTimeRecoveryEnabled = pitr.Bool ?? false,
            DeletionProtectionEnabled = context.Read(instance, "deletion_protection_enabled").Bool ?? false,
            SseType = sse.Bool == true ? keyArn is null ? "AWS_MANAGED" : "CUSTOMER_MANAGED" : "AWS_OWNED",
            KmsKeyArn = sse.Bool == true ? keyArn : null,
            ReplicaRegions = context.Read(instance, "replica").Items
                .Select(r => r.TryGetProperty("region_name", out var region) ? region.GetString() : null).OfType<string>().ToList(),
        }, unknowns);
    }

    private static bool ScalesTable(PlanInstance target, ResourceIdentity table, MappingContext context)
    {
        var resource = context.Read(target, "resource_id");
        return resource.Kind == PlanValueKind.Reference
            ? resource.AllReferenced!.Any(r => context.Identity(r) == table)
            : resource.String == "table/" + table.Name;
    }
}
