using Vigil.Core.Model.Sns;
using Vigil.Core.Model.Sqs;
using static Vigil.Demo.DemoAccounts;

namespace Vigil.Demo.Parts;

/// <summary>The messaging backbone of Acme Analytics: SNS topics for alerts, security findings and pipeline events,
/// fanned out to SQS work queues, each with a dead-letter queue. Production encrypts with the acme-messaging KMS key;
/// development mostly uses AWS managed encryption, with a couple of leftovers from before encryption was the rule.
/// Topics keep SNS's default owner-only policy and work queues accept deliveries from their topic only, except that the
/// partner Northwind may subscribe to the report-ready topic and send to the production ingest queue; in development a
/// build-notifications topic and a legacy import queue are open to outsiders.</summary>
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
        var reportReady = Topic(demo, Prod, UsEast1, "report-ready", Key(Prod, UsEast1), 2, ["sqs", "lambda"]);
        demo.Snapshot.Update<SnsTopic>(reportReady.Arn, t => t with { Policy = PartnerSubscribeTopicPolicy(t.Arn, Prod) });
        demo.Weakness("sns-topic-policy-no-foreign-account-access", reportReady.Arn,
            "The production report-ready topic lets the partner's whole account subscribe (added so its portal learns when shipment reports are ready), so any principal Northwind creates can attach an endpoint and receive the notices for every customer.");
        Topic(demo, Prod, UsEast1, "billing-events.fifo", Key(Prod, UsEast1), 1, ["sqs"], fifo: true);
        Topic(demo, Prod, EuWest1, "ops-alerts", Key(Prod, EuWest1), 2, ["email", "https"]);
        Topic(demo, Prod, EuWest1, "ingest-events", Key(Prod, EuWest1), 1, ["sqs"]);
        Topic(demo, Prod, ApSoutheast2, "ops-alerts", Key(Prod, ApSoutheast2), 2, ["email", "https"]);
        Topic(demo, Dev, UsEast1, "security-alerts", Key(Dev, UsEast1), 1, ["email"]);
        var buildNotifications = Topic(demo, Dev, UsEast1, "build-notifications", "alias/aws/sns", 1, ["https"]);
        demo.Snapshot.Update<SnsTopic>(buildNotifications.Arn, t => t with { Policy = OpenTopicPolicy(t.Arn) });
        demo.Weakness("sns-topic-policy-no-public-access", buildNotifications.Arn,
            "The dev build-notifications topic lets any AWS account publish and subscribe: its policy was opened so that a hosted CI service could publish, without the service's account or an aws:SourceArn condition.");
        Topic(demo, Dev, EuWest1, "ops-alerts", "alias/aws/sns", 1, ["email"]);

        // Unencrypted: SNS.1 is a NIST 800-53 control, not FSBP; its check arrives with that framework.
        Topic(demo, Dev, UsEast1, "ingest-events", null, 1, ["sqs"]);
    }

    private static void AddQueues(DemoEstateBuilder demo)
    {
        var ingest = QueueWithDeadLetter(demo, Prod, UsEast1, "ingest-events", Key(Prod, UsEast1));
        demo.Snapshot.Update<SqsQueue>(ingest.Arn, q => q with { Policy = TopicAndPartnerDeliveryPolicy(q.Arn, $"arn:aws:sns:{UsEast1}:{Prod}:ingest-events") });
        demo.Weakness("sqs-queue-policy-no-foreign-account-access", ingest.Arn,
            "The production ingest-events queue lets the partner's whole account send messages (Northwind pushes shipment events straight into it), so any role in that account can inject events the ingest pipeline trusts.");
        QueueWithDeadLetter(demo, Prod, UsEast1, "report-jobs", Key(Prod, UsEast1));
        QueueWithDeadLetter(demo, Prod, UsEast1, "billing-events.fifo", Key(Prod, UsEast1));
        QueueWithDeadLetter(demo, Prod, EuWest1, "ingest-events", Key(Prod, EuWest1));
        QueueWithDeadLetter(demo, Prod, ApSoutheast2, "ingest-events", Key(Prod, ApSoutheast2));
        QueueWithDeadLetter(demo, Dev, UsEast1, "ingest-events", null);
        QueueWithDeadLetter(demo, Dev, EuWest1, "ingest-events", null);

        var legacyImport = Queue(demo, Dev, UsEast1, "legacy-import-jobs", null, sseSqs: false, deadLetterTarget: null, FourDays);
        demo.Snapshot.Update<SqsQueue>(legacyImport.Arn, q => q with { Policy = OpenQueuePolicy(q.Arn) });
        demo.Weakness("sqs-queue-encrypted-at-rest", legacyImport.Arn,
            "The development legacy-import-jobs queue was created by an old script with server-side encryption turned off.");
        demo.Weakness("sqs-queue-policy-no-public-access", legacyImport.Arn,
            "The same script gave the legacy-import-jobs queue a policy that lets anyone, without credentials, send import jobs to it.");
    }

    /// <summary>A work queue and its dead-letter queue (SSE-SQS, 14 days' retention), returning the work queue.</summary>
    private static SqsQueue QueueWithDeadLetter(DemoEstateBuilder demo, string account, string region, string name, string? kmsKey)
    {
        var fifo = name.EndsWith(".fifo", StringComparison.Ordinal);
        var dlqName = fifo ? name[..^".fifo".Length] + "-dlq.fifo" : name + "-dlq";
        var dlq = Queue(demo, account, region, dlqName, null, sseSqs: true, deadLetterTarget: null, FourteenDays);
        var queue = Queue(demo, account, region, name, kmsKey, sseSqs: kmsKey is null, deadLetterTarget: dlq.Arn, FourDays);
        var topicArn = $"arn:aws:sns:{region}:{account}:{name}";
        if (demo.Snapshot.Resources<SnsTopic>().Any(t => t.Arn == topicArn))
            demo.Snapshot.Update<SqsQueue>(queue.Arn, q => q with { Policy = TopicDeliveryPolicy(q.Arn, topicArn) });
        return queue;
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
            Policy = DefaultTopicPolicy($"arn:aws:sns:{region}:{account}:{name}", account),
            Tags = Tags(account, "messaging"),
        });

    /// <summary>The policy SNS gives a new topic: the owner account's principals only (aws:SourceOwner).</summary>
    private static string DefaultTopicPolicy(string topicArn, string account) =>
        """{"Version":"2008-10-17","Id":"__default_policy_ID","Statement":[{"Sid":"__default_statement_ID","Effect":"Allow","Principal":{"AWS":"*"},"Action":["SNS:GetTopicAttributes","SNS:SetTopicAttributes","SNS:AddPermission","SNS:RemovePermission","SNS:DeleteTopic","SNS:Subscribe","SNS:ListSubscriptionsByTopic","SNS:Publish"],"Resource":"TOPIC_ARN","Condition":{"StringEquals":{"AWS:SourceOwner":"ACCOUNT"}}}]}""".Replace("TOPIC_ARN", topicArn, StringComparison.Ordinal).Replace("ACCOUNT", account, StringComparison.Ordinal);

    private static string OpenTopicPolicy(string topicArn) =>
        $$"""{"Version":"2012-10-17","Statement":[{"Sid":"HostedCiPublish","Effect":"Allow","Principal":{"AWS":"*"},"Action":["SNS:Publish","SNS:Subscribe"],"Resource":"{{topicArn}}"}]}""";

    private static string TopicDeliveryPolicy(string queueArn, string topicArn) =>
        """{"Version":"2012-10-17","Statement":[{"Sid":"AllowTopicDelivery","Effect":"Allow","Principal":{"Service":"sns.amazonaws.com"},"Action":"sqs:SendMessage","Resource":"QUEUE_ARN","Condition":{"ArnEquals":{"aws:SourceArn":"TOPIC_ARN"}}}]}""".Replace("QUEUE_ARN", queueArn, StringComparison.Ordinal).Replace("TOPIC_ARN", topicArn, StringComparison.Ordinal);

    /// <summary>The default owner-only topic policy, plus subscriptions by the partner's account.</summary>
    private static string PartnerSubscribeTopicPolicy(string topicArn, string account) =>
        """{"Version":"2008-10-17","Id":"__default_policy_ID","Statement":[{"Sid":"__default_statement_ID","Effect":"Allow","Principal":{"AWS":"*"},"Action":["SNS:GetTopicAttributes","SNS:SetTopicAttributes","SNS:AddPermission","SNS:RemovePermission","SNS:DeleteTopic","SNS:Subscribe","SNS:ListSubscriptionsByTopic","SNS:Publish"],"Resource":"TOPIC_ARN","Condition":{"StringEquals":{"AWS:SourceOwner":"ACCOUNT"}}},{"Sid":"PartnerPortalSubscribe","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::PARTNER:root"},"Action":"SNS:Subscribe","Resource":"TOPIC_ARN"}]}""".Replace("TOPIC_ARN", topicArn, StringComparison.Ordinal).Replace("ACCOUNT", account, StringComparison.Ordinal).Replace("PARTNER", DemoOutsideAccounts.Partner, StringComparison.Ordinal);

    /// <summary>Deliveries from the queue's topic, plus messages sent by the partner's account.</summary>
    private static string TopicAndPartnerDeliveryPolicy(string queueArn, string topicArn) =>
        """{"Version":"2012-10-17","Statement":[{"Sid":"AllowTopicDelivery","Effect":"Allow","Principal":{"Service":"sns.amazonaws.com"},"Action":"sqs:SendMessage","Resource":"QUEUE_ARN","Condition":{"ArnEquals":{"aws:SourceArn":"TOPIC_ARN"}}},{"Sid":"PartnerShipmentEvents","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::PARTNER:root"},"Action":"sqs:SendMessage","Resource":"QUEUE_ARN"}]}""".Replace("QUEUE_ARN", queueArn, StringComparison.Ordinal).Replace("TOPIC_ARN", topicArn, StringComparison.Ordinal).Replace("PARTNER", DemoOutsideAccounts.Partner, StringComparison.Ordinal);

    private static string OpenQueuePolicy(string queueArn) =>
        $$"""{"Version":"2012-10-17","Statement":[{"Sid":"LegacyImporters","Effect":"Allow","Principal":"*","Action":"sqs:SendMessage","Resource":"{{queueArn}}"}]}""";

    private static string Key(string account, string region) => $"arn:aws:kms:{region}:{account}:alias/acme-messaging";

    private static Dictionary<string, string> Tags(string account, string service) => new()
    {
        ["owner"] = "platform",
        ["environment"] = account == Prod ? "production" : "development",
        ["service"] = service,
        ["cost-center"] = "cc-1042",
    };
}
