using Vigil.Core.Checks;
using Vigil.Core.Model;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.Ecr;
using Vigil.Core.Model.Kms;
using Vigil.Core.Model.Lambda;
using Vigil.Core.Model.S3;
using Vigil.Core.Model.SecretsManager;
using Vigil.Core.Model.Sns;
using Vigil.Core.Model.Sqs;
using Vigil.Iam.Lint;

namespace Vigil.Checks.Checks.Iam;

/// <summary>One account-level verdict over the resource policies of S3 buckets, SQS queues, SNS topics, KMS keys, Lambda
/// functions and layer versions, ECR repositories and Secrets Manager secrets: errors only (their public and cross-account grants have
/// checks of their own per service). Resource types that could not be listed are named in the verdict rather than
/// turning it into an error outright, so that an error found elsewhere in the account still fails.</summary>
internal sealed class IamResourcePolicyLintNoErrors : AccountCheck
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "iam-resource-policy-lint-no-errors",
        Title = "Resource policies (S3, SQS, SNS, KMS, Lambda functions and layers, ECR, Secrets Manager) have no policy validation errors",
        Severity = Severity.Medium,
        Service = "iam",
        Domain = Domain.Identity,
        Risk = "A resource policy with validation errors does not protect the resource as written: a condition on a key that does not exist never holds (or, negated, always holds), so a statement meant to limit callers to one source or organization either locks everyone out or lets everyone in, and a Deny on a misspelt action denies nothing.",
        Remediation = new()
        {
            Text = PolicyLintText.ErrorRemediation + PolicyLintText.Method,
            Cli = "aws accessanalyzer validate-policy --policy-type RESOURCE_POLICY --validate-policy-resource-type AWS::SQS::Queue --policy-document file://policy.json\nvigil iam lint --kind resource policy.json\naws sqs set-queue-attributes --queue-url QUEUE_URL --attributes file://policy-attribute.json  # or put-bucket-policy, set-topic-attributes, put-key-policy, ...",
            Terraform = """
                resource "aws_sqs_queue_policy" "this" {
                  queue_url = aws_sqs_queue.ingest.id
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Effect    = "Allow"
                      Principal = { Service = "sns.amazonaws.com" }
                      Action    = "sqs:SendMessage"
                      Resource  = aws_sqs_queue.ingest.arn
                      Condition = { ArnEquals = { "aws:SourceArn" = aws_sns_topic.ingest.arn } }   # aws:SourceArn, not a made-up key
                    }]
                  })
                }
                """,
            CloudFormation = """
                IngestQueuePolicy:
                  Type: AWS::SQS::QueuePolicy
                  Properties:
                    Queues: [!Ref IngestQueue]
                    PolicyDocument:
                      Version: "2012-10-17"
                      Statement:
                        - Effect: Allow
                          Principal: { Service: sns.amazonaws.com }
                          Action: sqs:SendMessage
                          Resource: !GetAtt IngestQueue.Arn
                          Condition: { ArnEquals: { "aws:SourceArn": !Ref IngestTopic } }
                """,
            Url = PolicyLintText.Url,
        },
    };

    private static readonly Type[] PolicyHolders =
        [typeof(S3Bucket), typeof(SqsQueue), typeof(SnsTopic), typeof(KmsKey), typeof(LambdaFunction), typeof(LambdaLayerVersion), typeof(EcrRepository), typeof(Secret)];

    public override IReadOnlyList<Type> DependsOn => [typeof(Account)];

    public override IReadOnlyList<string>? Reads => [];

    public override CheckOutcome Evaluate(Account account, CheckContext context)
    {
        var failures = new List<string>();
        var problems = new List<string>();
        var id = account.AccountId;
        var listed = PolicyHolders.Select(SnapshotResources.TypeName).ToHashSet(StringComparer.Ordinal);
        foreach (var error in context.Snapshot.Errors.Where(e => e.AccountId == id && e.ResourceArn is null && e.ResourceType is { } t && listed.Contains(t)))
            problems.Add($"{error.ResourceType} resources{(error.Region is null ? "" : $" in {error.Region}")} could not be listed: {error.Describe()}");
        Visit(context, context.Index.InAccount<S3Bucket>(id), "bucket", b => b.Policy, failures, problems);
        Visit(context, context.Index.InAccount<SqsQueue>(id), "queue", q => q.Policy, failures, problems);
        Visit(context, context.Index.InAccount<SnsTopic>(id), "topic", t => t.Policy, failures, problems);
        Visit(context, context.Index.InAccount<KmsKey>(id), "key", k => k.Policy, failures, problems);
        Visit(context, context.Index.InAccount<LambdaFunction>(id), "function", f => f.Policy, failures, problems);
        Visit(context, context.Index.InAccount<LambdaLayerVersion>(id), "layer version", l => l.Policy, failures, problems);
        Visit(context, context.Index.InAccount<EcrRepository>(id), "repository", r => r.Policy, failures, problems);
        Visit(context, context.Index.InAccount<Secret>(id), "secret", s => s.Policy, failures, problems);
        if (failures.Count > 0)
            return Fail($"Resource policies in account {id} have policy validation errors: {string.Join(" | ", failures)}{(problems.Count > 0 ? $" (not assessed: {string.Join("; ", problems)})" : "")}.");
        return problems.Count > 0
            ? CheckOutcome.Error($"Resource policies in account {id} could not be assessed: {string.Join("; ", problems)}.")
            : Pass($"No resource policy in account {id} has a policy validation error.");
    }

    private static void Visit<T>(CheckContext context, IEnumerable<T> resources, string kind, Func<T, string?> policyOf, List<string> failures, List<string> problems)
        where T : Resource
    {
        foreach (var resource in resources)
        {
            if (resource.Unreadable.Contains("Policy", StringComparer.OrdinalIgnoreCase))
            {
                problems.Add($"the policy of {kind} {resource.Name} was not collected");
                continue;
            }

            if (policyOf(resource) is not { } document) continue;
            var verdict = PolicyLintVerdict.Of(context, resource, document, LintPolicyKind.Resource);
            if (verdict.ParseProblem is { } problem)
                problems.Add($"the policy of {kind} {resource.Name} could not be parsed: {problem}");
            else if (verdict.Errors.Described is { } errors)
                failures.Add($"{kind} {resource.Name}: {errors}");
        }
    }
}
