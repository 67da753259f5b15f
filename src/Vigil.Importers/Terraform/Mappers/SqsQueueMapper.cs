using System.Text.Json;
using Vigil.Core.Model.Sqs;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>aws_sqs_queue with its aws_sqs_queue_policy and redrive policy. A new queue without a KMS key is encrypted
/// with SSE-SQS unless sqs_managed_sse_enabled is false
/// (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html);
/// messages are kept four days by default.</summary>
internal sealed class SqsQueueMapper : IResourceMapper
{
    public string Type => "aws_sqs_queue";

    public void Map(PlanInstance instance, MappingContext context)
    {
        var identity = context.Identity(instance);
        var unknowns = new Unknowns();
        var key = context.Read(instance, "kms_master_key_id");
        unknowns.Track("KmsMasterKeyId", key);
        var keyId = context.Text(key);
        var managed = context.Read(instance, "sqs_managed_sse_enabled");
        unknowns.Track("SqsManagedSseEnabled", managed);
        var policy = context.Joined(instance, "aws_sqs_queue_policy", "queue_url").Select(p => context.Read(p, "policy")).FirstOrDefault();
        if (policy.Path is null) policy = context.Read(instance, "policy");
        unknowns.Track("Policy", policy);
        context.Add(new SqsQueue
        {
            Arn = identity.Arn,
            Name = identity.Name,
            AccountId = context.AccountId,
            Region = context.Region(instance),
            Tags = context.Tags(instance),
            Location = context.Location(instance),
            QueueUrl = identity.Alias!,
            KmsMasterKeyId = keyId,
            SqsManagedSseEnabled = managed.Bool ?? (keyId is null && !key.IsUnknown),
            Policy = policy.String is { Length: > 0 } json ? json : null,
            DeadLetterTargetArn = DeadLetterTarget(instance, context),
            FifoQueue = context.Read(instance, "fifo_queue").Bool ?? false,
            MessageRetentionPeriodSeconds = context.Read(instance, "message_retention_seconds").Int ?? 345600,
        }, unknowns);
    }

    private static string? DeadLetterTarget(PlanInstance queue, MappingContext context)
    {
        var redrive = context.Read(queue, "redrive_policy");
        if (!redrive.IsKnown)
        {
            var resource = context.Joined(queue, "aws_sqs_queue_redrive_policy", "queue_url").FirstOrDefault();
            if (resource is null) return null;
            redrive = context.Read(resource, "redrive_policy");
            if (redrive.Kind == PlanValueKind.Reference) return context.Identity(redrive.Referenced!).Arn;
        }
        if (redrive.Kind == PlanValueKind.Reference) return context.Identity(redrive.Referenced!).Arn;
        if (redrive.String is not { Length: > 0 } json) return null;
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.TryGetProperty("deadLetterTargetArn", out var arn) ? arn.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
