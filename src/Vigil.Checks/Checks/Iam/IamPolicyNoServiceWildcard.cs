using Vigil.Core.Checks;
using Vigil.Core.Model.Iam;

namespace Vigil.Checks.Checks.Iam;

internal sealed class IamPolicyNoServiceWildcard : Check<ManagedPolicy>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "iam-policy-no-service-wildcard",
        Title = "Customer managed IAM policies do not allow every action of a service",
        Severity = Severity.Low,
        Service = "iam",
        Domain = Domain.Identity,
        Risk = "A grant of \"service:*\" (or \"*\", or a NotAction allow) gives today's and every future action of the service, including its administrative and destructive ones (s3:DeleteBucket, s3:PutBucketPolicy, kms:ScheduleKeyDeletion), where the holder needed a few; least privilege is lost and nobody sees which actions are really used.",
        Remediation = new()
        {
            Text = "List the actions the holders need instead of the service wildcard (IAM Access Analyzer can generate them from CloudTrail activity, and the last-accessed information shows which actions are used). The check asks Vigil's IAM engine whether the policy alone allows an action that exists in no service (service:VigilProbeUnlistedAction), which only a wildcard covering all of the service's actions, \"*\" or a NotAction grant allows, for each service the policy's actions name and on the resources the policy names; conditioned grants the empty request context does not meet do not count.",
            Cli = """
                aws iam create-policy-version --policy-arn POLICY_ARN --set-as-default --policy-document file://explicit-actions.json
                aws iam delete-policy-version --policy-arn POLICY_ARN --version-id OLD_VERSION_ID
                """,
            Terraform = """
                resource "aws_iam_policy" "queue_worker" {
                  name = "QueueWorker"
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Effect   = "Allow"
                      Action   = ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"]
                      Resource = aws_sqs_queue.jobs.arn
                    }]
                  })
                }
                """,
            CloudFormation = """
                QueueWorkerPolicy:
                  Type: AWS::IAM::ManagedPolicy
                  Properties:
                    PolicyDocument:
                      Version: "2012-10-17"
                      Statement:
                        - Effect: Allow
                          Action: [sqs:ReceiveMessage, sqs:DeleteMessage, sqs:GetQueueAttributes]
                          Resource: !GetAtt JobsQueue.Arn
                """,
            Url = "https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-21",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Document"];

    public override CheckOutcome Evaluate(ManagedPolicy policy, CheckContext context)
    {
        if (policy.IsAwsManaged) return NotApplicable;
        if (policy.Document is not { } document)
            return CheckOutcome.Error($"The default version document of policy {policy.Name} was not collected.");
        var (services, parseError) = ServiceWildcardProbe.Verdict(context, policy.AccountId, document, policy.Arn);
        if (parseError is not null)
            return CheckOutcome.Error($"The default version of policy {policy.Name} could not be parsed: {parseError.TrimEnd('.')}.");
        return services.Count == 0
            ? Pass($"Policy {policy.Name} does not allow every action of a service.")
            : Fail($"Policy {policy.Name} allows every action of {string.Join(", ", services)}.");
    }
}
