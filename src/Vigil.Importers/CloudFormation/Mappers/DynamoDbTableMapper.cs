using Vigil.Core.Model.DynamoDb;
using Vigil.Importers.CloudFormation.Mapping;
using Vigil.Importers.CloudFormation.Resolution;

namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>AWS::DynamoDB::Table. BillingMode is PROVISIONED when omitted (CloudFormation's default); SSE with
/// SSEEnabled uses the AWS managed key unless KMSMasterKeyId names another, else the AWS owned key. Auto scaling is
/// configured when an AWS::ApplicationAutoScaling::ScalableTarget of the template targets the table.</summary>
internal sealed class DynamoDbTableMapper : IResourceMapper
{
    public string Type => "AWS::DynamoDB::Table";

    public void Map(MappedResource r, MappingContext context)
    {
        var sse = r.Bool("SseType", "SSESpecification.SSEEnabled") ?? false;
        var key = sse ? r.String("SseType", "SSESpecification.KMSMasterKeyId") : null;
        context.Add(new DynamoDbTable
        {
            Arn = r.Arn,
            Name = r.Name,
            AccountId = r.Account,
            Region = r.Region,
            Tags = r.Tags(),
            BillingMode = r.String("BillingMode", "BillingMode") ?? "PROVISIONED",
            AutoScalingConfigured = context.StackResources.Any(t => t.Declaration.Type == "AWS::ApplicationAutoScaling::ScalableTarget"
                && t.Properties["ResourceId"] is CfnString { Value: var id } && id == $"table/{r.Name}"),
            PointInTimeRecoveryEnabled = r.Bool("PointInTimeRecoveryEnabled", "PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled") ?? false,
            DeletionProtectionEnabled = r.Bool("DeletionProtectionEnabled", "DeletionProtectionEnabled") ?? false,
            SseType = !sse ? "AWS_OWNED" : key is null || key == "alias/aws/dynamodb" ? "AWS_MANAGED" : "CUSTOMER_MANAGED",
            KmsKeyArn = key,
        }, r);
    }
}
