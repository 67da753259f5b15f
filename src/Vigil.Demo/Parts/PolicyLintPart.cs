using Vigil.Core.Model.Account;
using Vigil.Core.Model.Iam;
using Vigil.Core.Model.Sqs;

namespace Vigil.Demo.Parts;

/// <summary>Policy validation: the policies Acme wrote by hand in the development account carry the mistakes IAM Access
/// Analyzer's policy checks catch (a misspelt action, misspelt or invented condition keys), and the broad grants the other
/// parts plant show up again as security warnings. Production's policies validate cleanly.</summary>
internal sealed class PolicyLintPart : IDemoPart
{
    private const string Dev = DemoAccounts.Dev;

    public void Build(DemoEstateBuilder demo)
    {
        ManagedPolicy(demo);
        InlinePolicy(demo);
        QueuePolicy(demo);

        demo.Weakness("iam-policy-lint-no-security-warnings", $"arn:aws:iam::{Dev}:policy/AcmeDevTerraformAdmin",
            "IAM Access Analyzer's policy check would warn about AcmeDevTerraformAdmin: its \"*\" grant allows iam:PassRole on every role.");
        demo.Weakness("iam-role-trust-policy-lint-passes", $"arn:aws:iam::{Dev}:role/github-actions-deploy",
            "Validating the development github-actions-deploy trust policy gives the \"missing GitHub repository condition key\" security warning: no token.actions.githubusercontent.com:sub condition.");
    }

    /// <summary>A log-shipping policy whose second action is misspelt (PutLogEvent), so the agents it was written for
    /// can create streams but never write to them; someone attached CloudWatchAgentServerPolicy as well to make it work.</summary>
    private static void ManagedPolicy(DemoEstateBuilder demo)
    {
        var arn = $"arn:aws:iam::{Dev}:policy/AcmeDevLogShipping";
        var document = $$"""{"Version":"2012-10-17","Statement":[{"Sid":"ShipAppLogs","Effect":"Allow","Action":["logs:CreateLogStream","logs:PutLogEvent","logs:DescribeLogStreams"],"Resource":"arn:aws:logs:us-east-1:{{Dev}}:log-group:/acme/dev/*"}]}""";
        var created = demo.Now.AddDays(-210);
        demo.Add(new ManagedPolicy
        {
            Arn = arn,
            Name = "AcmeDevLogShipping",
            AccountId = Dev,
            DefaultVersionId = "v1",
            Document = document,
            AttachmentCount = 1,
            Versions = [new PolicyVersion("v1", true, document, created)],
            Tags = Tags(),
        });
        demo.Weakness("iam-policy-lint-no-errors", arn,
            "AcmeDevLogShipping names logs:PutLogEvent, an action that does not exist (logs:PutLogEvents), so it never allowed the agents to write log events.");
    }

    /// <summary>The report-export function's role: its inline policy requires KMS encryption on uploads through a
    /// misspelt condition key, which is never present, so every upload is refused.</summary>
    private static void InlinePolicy(DemoEstateBuilder demo)
    {
        demo.Add(new IamRole
        {
            Arn = $"arn:aws:iam::{Dev}:role/report-export",
            Name = "report-export",
            AccountId = Dev,
            CreateDate = demo.Now.AddDays(-150),
            TrustPolicy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}""",
            LastUsedDate = demo.Now.AddDays(-3),
            LastUsedRegion = DemoAccounts.UsEast1,
            MaxSessionDuration = 3600,
            InlinePolicies =
            [
                new InlinePolicy("export-reports", """{"Version":"2012-10-17","Statement":[{"Sid":"UploadEncrypted","Effect":"Allow","Action":"s3:PutObject","Resource":"arn:aws:s3:::acme-dev-reports-ACCOUNT/exports/*","Condition":{"StringEquals":{"s3:x-amz-server-side-encyption":"aws:kms"}}}]}""".Replace("ACCOUNT", Dev, StringComparison.Ordinal)),
            ],
            Tags = Tags(),
        });
        demo.Weakness("iam-inline-policy-lint-no-errors", Account.ArnFor(Dev),
            "The report-export role's inline policy conditions its uploads on s3:x-amz-server-side-encyption, a misspelling of s3:x-amz-server-side-encryption that no request carries.");
    }

    /// <summary>The development ingest-events queue accepts the topic's deliveries only from "aws:SourceAccountId", a key
    /// that does not exist (aws:SourceAccount does), so the statement never applies and deliveries are refused.</summary>
    private static void QueuePolicy(DemoEstateBuilder demo)
    {
        var queue = $"arn:aws:sqs:{DemoAccounts.UsEast1}:{Dev}:ingest-events";
        var topic = $"arn:aws:sns:{DemoAccounts.UsEast1}:{Dev}:ingest-events";
        demo.Snapshot.Update<SqsQueue>(queue, q => q with
        {
            Policy = """{"Version":"2012-10-17","Statement":[{"Sid":"AllowTopicDelivery","Effect":"Allow","Principal":{"Service":"sns.amazonaws.com"},"Action":"sqs:SendMessage","Resource":"QUEUE_ARN","Condition":{"ArnEquals":{"aws:SourceArn":"TOPIC_ARN"},"StringEquals":{"aws:SourceAccountId":"ACCOUNT"}}}]}"""
                .Replace("QUEUE_ARN", queue, StringComparison.Ordinal).Replace("TOPIC_ARN", topic, StringComparison.Ordinal).Replace("ACCOUNT", Dev, StringComparison.Ordinal),
        });
        demo.Weakness("iam-resource-policy-lint-no-errors", Account.ArnFor(Dev),
            "The development ingest-events queue policy conditions the topic's deliveries on aws:SourceAccountId, which is no condition key (aws:SourceAccount is), so the statement never matches.");
    }

    private static Dictionary<string, string> Tags() => new()
    {
        ["owner"] = "data-platform",
        ["environment"] = "development",
        ["managed-by"] = "terraform",
    };
}
