using Vigil.Core.Checks;
using Vigil.Core.Model.Elb;

namespace Vigil.Checks.Checks.Elb;

internal sealed class ElbAlbAccessLogsEnabled : Check<LoadBalancer>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "elb-alb-access-logs-enabled",
        Title = "Application Load Balancers write access logs",
        Severity = Severity.Medium,
        Service = "elb",
        Domain = Domain.LoggingMonitoring,
        Risk = "Without access logs there is no record of the client addresses, paths and response codes of requests, so attacks against the application cannot be detected or investigated afterwards.",
        Remediation = new()
        {
            Text = "Enable access logs on the load balancer and deliver them to an S3 bucket whose policy allows the Elastic Load Balancing log delivery service.",
            Cli = "aws elbv2 modify-load-balancer-attributes --load-balancer-arn LB_ARN --attributes Key=access_logs.s3.enabled,Value=true Key=access_logs.s3.bucket,Value=LOG_BUCKET",
            Terraform = """
                resource "aws_lb" "this" {
                  # ...
                  access_logs {
                    bucket  = aws_s3_bucket.lb_logs.id
                    prefix  = "alb"
                    enabled = true
                  }
                }
                """,
            CloudFormation = """
                LoadBalancer:
                  Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                  Properties:
                    LoadBalancerAttributes:
                      - Key: access_logs.s3.enabled
                        Value: "true"
                      - Key: access_logs.s3.bucket
                        Value: !Ref LogBucket
                """,
            Url = "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Type", "AccessLogsEnabled"];

    public override CheckOutcome Evaluate(LoadBalancer loadBalancer, CheckContext context)
    {
        if (!loadBalancer.IsApplication) return NotApplicable;
        return loadBalancer.AccessLogsEnabled
            ? Pass($"Application Load Balancer {loadBalancer.Name} writes access logs.")
            : Fail($"Application Load Balancer {loadBalancer.Name} does not write access logs.");
    }
}
