using Vigil.Core.Model.Sns;
using Vigil.Core.Model.Sqs;
using static Vigil.Demo.DemoAccounts;

namespace Vigil.Demo.Parts;

/// <summary>The messaging backbone of Acme Analytics: SNS topics for alerts, security findings and pipeline events,
/// fanned out to SQS work queues, each with a dead-letter queue. Production encrypts with the acme-messaging KMS key;
/// development mostly uses AWS managed encryption, with a couple of leftovers from before encryption was the rule.</summary>
internal sealed class MessagingPart : IDemoPart
{
    private const int FourDays = 4 * 24 * 3600;
    private const int FourteenDays = 14 * 24 * 3600;

    public void Build(DemoEstateBuilder demo)
    {
        AddTopics(demo);
        AddQueues(demo);
    }

    private static void AddTopics(DemoEstateBuilder demo)
    {
        Topic(demo, Prod, UsEast1, "security-alerts", Key(Prod, UsEast1), 3, ["email", "https"]);
        Topic(demo, Prod, UsEast1, "ops-alerts", Key(Prod, UsEast1), 2, ["email", "https"]);
        Topic(demo, Prod, UsEast1, "ingest-events", Key(Prod, UsEast1), 1, ["sqs"]);
        Topic(demo, Prod, UsEast1, "report-ready", Key(Prod, UsEast1), 2, ["sqs", "lambda"]);
        Topic(demo, Prod, UsEast1, "billing-events.fifo", Key(Prod, UsEast1), 1, ["sqs"], fifo: true);
        Topic(demo, Prod, EuWest1, "ops-alerts", Key(Prod, EuWest1), 2, ["email", "https"]);
        Topic(demo, Prod, EuWest1, "ingest-events", Key(Prod, EuWest1), 1, ["sqs"]);
        Topic(demo, Prod, ApSoutheast2, "ops-alerts", Key(Prod, ApSoutheast2), 2, ["email", "https"]);
        Topic(demo, Dev, UsEast1, "security-alerts", Key(Dev, UsEast1), 1, ["email"]);
        Topic(demo, Dev, UsEast1, "build-notifications", "alias/aws/sns", 1, ["https"]);
        Topic(demo, Dev, EuWest1, "ops-alerts", "alias/aws/sns", 1, ["email"]);

        // Unencrypted: SNS.1 is a NIST 800-53 control, not FSBP; its check arrives with that framework.
        Topic(demo, Dev, UsEast1, "ingest-events", null, 1, ["sqs"]);
    }

    private static void AddQueues(DemoEstateBuilder demo)
    {
        QueueWithDeadLetter(demo, Prod, UsEast1, "ingest-events", Key(Prod, UsEast1));
        QueueWithDeadLetter(demo, Prod, UsEast1, "report-jobs", Key(Prod, UsEast1));
        QueueWithDeadLetter(demo, Prod, UsEast1, "billing-events.fifo", Key(Prod, UsEast1));
        QueueWithDeadLetter(demo, Prod, EuWest1, "ingest-events", Key(Prod, EuWest1));
        QueueWithDeadLetter(demo, Prod, ApSoutheast2, "ingest-events", Key(Prod, ApSoutheast2));
        QueueWithDeadLetter(demo, Dev, UsEast1, "ingest-events", null);
        QueueWithDeadLetter(demo, Dev, EuWest1, "ingest-events", null);

        var legacyImport = Queue(demo, Dev, UsEast1, "legacy-import-jobs", null, sseSqs: false, deadLetterTarget: null, FourDays);
        demo.Weakness("sqs-queue-encrypted-at-rest", legacyImport.Arn,
            "The development legacy-import-jobs queue was created by an old script with server-side encryption turned off.");
    }

    /// <summary>A work queue and its dead-letter queue (SSE-SQS, 14 days' retention), returning the work queue.</summary>
    private static SqsQueue QueueWithDeadLetter(DemoEstateBuilder demo, string account, string region, string name, string? kmsKey)
    {
        var fifo = name.EndsWith(".fifo", StringComparison.Ordinal);
        var dlqName = fifo ? name[..^".fifo".Length] + "-dlq.fifo" : name + "-dlq";
        var dlq = Queue(demo, account, region, dlqName, null, sseSqs: true, deadLetterTarget: null, FourteenDays);
        return Queue(demo, account, region, name, kmsKey, sseSqs: kmsKey is null, deadLetterTarget: dlq.Arn, FourDays);
    }

    private static SqsQueue Queue(DemoEstateBuilder demo, string account, string region, string name, string? kmsKey, bool sseSqs,
        string? deadLetterTarget, int retentionSeconds) => demo.Add(new SqsQueue
        {
            Arn = $"arn:aws:sqs:{region}:{account}:{name}",
            Name = name,
            AccountId = account,
            Region = region,
            QueueUrl = $"https://sqs.{region}.amazonaws.com/{account}/{name}",
            KmsMasterKeyId = kmsKey,
            SqsManagedSseEnabled = sseSqs,
            DeadLetterTargetArn = deadLetterTarget,
            FifoQueue = name.EndsWith(".fifo", StringComparison.Ordinal),
            MessageRetentionPeriodSeconds = retentionSeconds,
            Tags = Tags(account, "messaging"),
        });

    private static SnsTopic Topic(DemoEstateBuilder demo, string account, string region, string name, string? kmsKey,
        int subscriptions, IReadOnlyList<string> protocols, bool fifo = false) => demo.Add(new SnsTopic
        {
            Arn = $"arn:aws:sns:{region}:{account}:{name}",
            Name = name,
            AccountId = account,
            Region = region,
            KmsMasterKeyId = kmsKey,
            SubscriptionsConfirmed = subscriptions,
            SubscriptionProtocols = protocols,
            FifoTopic = fifo,
            Tags = Tags(account, "messaging"),
        });

    private static string Key(string account, string region) => $"arn:aws:kms:{region}:{account}:alias/acme-messaging";

    private static Dictionary<string, string> Tags(string account, string service) => new()
    {
        ["owner"] = "platform",
        ["environment"] = account == Prod ? "production" : "development",
        ["service"] = service,
        ["cost-center"] = "cc-1042",
    };
}
