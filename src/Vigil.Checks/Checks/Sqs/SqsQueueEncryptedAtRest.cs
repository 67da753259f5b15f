using Vigil.Core.Checks;
using Vigil.Core.Model.Sqs;

namespace Vigil.Checks.Checks.Sqs;

internal sealed class SqsQueueEncryptedAtRest : Check<SqsQueue>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "sqs-queue-encrypted-at-rest",
        Title = "SQS queues are encrypted at rest",
        Severity = Severity.Medium,
        Service = "sqs",
        Domain = Domain.DataProtection,
        Risk = "Messages in an unencrypted queue are stored in plain text, so anything sensitive they carry is exposed to whoever can reach the underlying storage or a mis-scoped read permission.",
        Remediation = new()
        {
            Text = "Enable server-side encryption on the queue, with SQS managed keys (SSE-SQS) or, for control over access and auditing, a KMS key (SSE-KMS).",
            Cli = "aws sqs set-queue-attributes --queue-url QUEUE_URL --attributes KmsMasterKeyId=alias/sqs-queues,KmsDataKeyReusePeriodSeconds=300",
            Terraform = """
                resource "aws_sqs_queue" "this" {
                  name              = "orders"
                  kms_master_key_id = aws_kms_key.sqs.arn
                  # or: sqs_managed_sse_enabled = true
                }
                """,
            CloudFormation = """
                Queue:
                  Type: AWS::SQS::Queue
                  Properties:
                    QueueName: orders
                    KmsMasterKeyId: !Ref SqsKey
                    # or: SqsManagedSseEnabled: true
                """,
            Url = "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["KmsMasterKeyId", "SqsManagedSseEnabled"];

    public override CheckOutcome Evaluate(SqsQueue queue, CheckContext context)
    {
        if (!string.IsNullOrEmpty(queue.KmsMasterKeyId)) return Pass($"SQS queue {queue.Name} is encrypted with KMS key {queue.KmsMasterKeyId}.");
        return queue.SqsManagedSseEnabled
            ? Pass($"SQS queue {queue.Name} is encrypted with SQS managed keys.")
            : Fail($"SQS queue {queue.Name} is not encrypted at rest.");
    }
}
