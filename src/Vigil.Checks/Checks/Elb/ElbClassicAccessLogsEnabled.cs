using Vigil.Core.Checks;
using Vigil.Core.Model.Elb;

namespace Vigil.Checks.Checks.Elb;

internal sealed class ElbClassicAccessLogsEnabled : Check<ClassicLoadBalancer>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "elb-classic-access-logs-enabled",
        Title = "Classic Load Balancers write access logs",
        Severity = Severity.Medium,
        Service = "elb",
        Domain = Domain.LoggingMonitoring,
        Risk = "Without access logs there is no record of the client addresses, requests and backend responses, so attacks against the application cannot be detected or investigated afterwards.",
        Remediation = new()
        {
            Text = "Enable access logs on the Classic Load Balancer and deliver them to an S3 bucket that allows the Elastic Load Balancing log delivery service.",
            Cli = "aws elb modify-load-balancer-attributes --load-balancer-name LB_NAME --load-balancer-attributes '{\"AccessLog\":{\"Enabled\":true,\"S3BucketName\":\"LOG_BUCKET\",\"EmitInterval\":60}}'",
            Terraform = """
                resource "aws_elb" "this" {
                  # ...
                  access_logs {
                    bucket   = aws_s3_bucket.lb_logs.id
                    interval = 60
                    enabled  = true
                  }
                }
                """,
            CloudFormation = """
                LoadBalancer:
                  Type: AWS::ElasticLoadBalancing::LoadBalancer
                  Properties:
                    AccessLoggingPolicy:
                      Enabled: true
                      S3BucketName: !Ref LogBucket
                      EmitInterval: 60
                """,
            Url = "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-access-logs.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["AccessLogsEnabled"];

    public override CheckOutcome Evaluate(ClassicLoadBalancer loadBalancer, CheckContext context) => loadBalancer.AccessLogsEnabled
        ? Pass($"Classic Load Balancer {loadBalancer.Name} writes access logs.")
        : Fail($"Classic Load Balancer {loadBalancer.Name} does not write access logs.");
}
