using Vigil.Core.Checks;
using Vigil.Core.Model.Elb;

namespace Vigil.Checks.Checks.Elb;

internal sealed class ElbAlbHttpRedirectsToHttps : Check<LoadBalancer>
{
    public override CheckMetadata Metadata { get; } = new()
    {
        Id = "elb-alb-http-redirects-to-https",
        Title = "Application Load Balancer HTTP listeners redirect to HTTPS",
        Severity = Severity.Medium,
        Service = "elb",
        Domain = Domain.DataProtection,
        Risk = "An HTTP listener that serves the application instead of redirecting lets clients send credentials, session cookies and data in clear text that anyone on the network path can read or alter.",
        Remediation = new()
        {
            Text = "Change the default action of every HTTP listener to a permanent redirect to HTTPS on port 443, and serve the application from an HTTPS listener.",
            Cli = "aws elbv2 modify-listener --listener-arn LISTENER_ARN --default-actions 'Type=redirect,RedirectConfig={Protocol=HTTPS,Port=443,StatusCode=HTTP_301}'",
            Terraform = """
                resource "aws_lb_listener" "http" {
                  load_balancer_arn = aws_lb.this.arn
                  port              = 80
                  protocol          = "HTTP"
                  default_action {
                    type = "redirect"
                    redirect {
                      protocol    = "HTTPS"
                      port        = "443"
                      status_code = "HTTP_301"
                    }
                  }
                }
                """,
            CloudFormation = """
                HttpListener:
                  Type: AWS::ElasticLoadBalancingV2::Listener
                  Properties:
                    LoadBalancerArn: !Ref LoadBalancer
                    Port: 80
                    Protocol: HTTP
                    DefaultActions:
                      - Type: redirect
                        RedirectConfig:
                          Protocol: HTTPS
                          Port: "443"
                          StatusCode: HTTP_301
                """,
            Url = "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-update-rules.html",
        },
    };

    public override IReadOnlyList<string>? Reads => ["Type", "Listeners"];

    public override CheckOutcome Evaluate(LoadBalancer loadBalancer, CheckContext context)
    {
        if (!loadBalancer.IsApplication) return NotApplicable;
        var http = loadBalancer.Listeners.Where(l => l.Protocol == "HTTP").ToList();
        if (http.Count == 0) return Pass($"Application Load Balancer {loadBalancer.Name} has no HTTP listener.");
        if (http.FirstOrDefault(l => l.DefaultActionType is null) is { } unknown)
            return CheckOutcome.Error($"The default action of HTTP listener port {unknown.Port} of {loadBalancer.Name} was not collected.");
        var plain = http.Where(l => !l.RedirectsToHttps).Select(l => l.Port).ToList();
        return plain.Count == 0
            ? Pass($"Every HTTP listener of Application Load Balancer {loadBalancer.Name} redirects to HTTPS.")
            : Fail($"Application Load Balancer {loadBalancer.Name} has HTTP listener(s) on port {string.Join(", ", plain)} that do not redirect to HTTPS.");
    }
}
