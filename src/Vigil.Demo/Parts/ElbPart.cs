using Vigil.Core.Model.Elb;

namespace Vigil.Demo.Parts;

/// <summary>Acme's load balancers: public and internal Application Load Balancers, Network Load Balancers and a few
/// Classic Load Balancers. Production is well configured (HTTP redirected to HTTPS, TLS 1.3 policies, access logs,
/// deletion protection, several zones); the weaknesses sit in development plus one legacy Classic Load Balancer in
/// production.</summary>
internal sealed class ElbPart : IDemoPart
{
    private const string ModernPolicy = "ELBSecurityPolicy-TLS13-1-2-2021-06";
    private const string StrongClassicPolicy = "ELBSecurityPolicy-TLS-1-2-2017-01";
    private static readonly string[] ZoneLetters = ["a", "b", "c"];

    public void Build(DemoEstateBuilder demo)
    {
        const string prod = DemoAccounts.Prod, dev = DemoAccounts.Dev;
        const string use1 = DemoAccounts.UsEast1, euw1 = DemoAccounts.EuWest1, apse2 = DemoAccounts.ApSoutheast2;

        // Production: public web and API front ends in every region, internal services and a TLS ingest endpoint.
        demo.Add(WebAlb(prod, use1, "acme-web-prod", "1f3a9c0d2b4e6f70", zones: 3));
        demo.Add(WebAlb(prod, use1, "acme-api-prod", "2e4b8d1c3a5f7e91", zones: 3));
        demo.Add(WebAlb(prod, use1, "acme-internal-services", "3d5c7e2b4f6a8d02", zones: 3, internalOnly: true));
        demo.Add(TlsNlb(prod, use1, "acme-ingest-prod", "4c6d8f3a5e7b9c13", zones: 3));
        demo.Add(WebAlb(prod, euw1, "acme-web-eu", "5b7e9a4f6d8c0b24", zones: 3));
        demo.Add(WebAlb(prod, apse2, "acme-web-apac", "6a8f0b5e7c9d1a35", zones: 2));

        // Development.
        demo.Add(WebAlb(dev, use1, "acme-tools-dev", "7f9a1c6d8b0e2f46", zones: 2, internalOnly: true));

        var webDev = WebAlb(dev, use1, "acme-web-dev", "8e0b2d7c9a1f3e57", zones: 2);
        webDev = webDev with
        {
            Listeners = [Listener(webDev, "HTTP", 80, forward: true), .. webDev.Listeners.Where(l => l.Protocol == "HTTPS")],
            AccessLogsEnabled = false,
            DeletionProtection = false,
        };
        demo.Add(webDev);
        demo.Weakness("elb-alb-http-redirects-to-https", webDev.Arn, "The dev web ALB serves the application over plain HTTP on port 80 instead of redirecting to HTTPS.");
        demo.Weakness("elb-alb-access-logs-enabled", webDev.Arn, "Access logging was switched off on the dev web ALB to save S3 costs.");
        demo.Weakness("elb-deletion-protection-enabled", webDev.Arn, "The dev web ALB has deletion protection off, so a terraform destroy in the wrong workspace removes it.");

        var apiDev = WebAlb(dev, euw1, "acme-api-dev", "9d1c3e8b0f2a4d68", zones: 2);
        apiDev = apiDev with
        {
            Listeners = [.. apiDev.Listeners.Select(l => l.Protocol == "HTTPS" ? l with { SslPolicy = "ELBSecurityPolicy-2016-08" } : l)],
            DropInvalidHeaderFields = false,
            DesyncMitigationMode = "monitor",
        };
        demo.Add(apiDev);
        demo.Weakness("elb-alb-drops-invalid-headers", apiDev.Arn, "The dev API ALB forwards HTTP headers with invalid names to its targets.");
        demo.Weakness("elb-alb-desync-mitigation", apiDev.Arn, "The dev API ALB was left in monitor desync mitigation mode after a debugging session.");
        demo.Weakness("elb-listener-strong-tls-policy", apiDev.Arn, "The dev API ALB's HTTPS listener still uses ELBSecurityPolicy-2016-08, which accepts TLS 1.0.");

        var grpcDev = TlsNlb(dev, apse2, "acme-grpc-dev", "0c2d4f9a1b3e5c79", zones: 1) with { DeletionProtection = false };
        demo.Add(grpcDev);
        demo.Weakness("elb-multi-az", grpcDev.Arn, "The dev gRPC NLB has a subnet in only ap-southeast-2a.");
        demo.Weakness("elb-deletion-protection-enabled", grpcDev.Arn, "The dev gRPC NLB has deletion protection off.");

        // Classic Load Balancers: a well configured partner gateway, the legacy reports endpoint in production and
        // an old Jenkins front end in development.
        demo.Add(Classic(prod, euw1, "acme-partner-gateway", zones: 3));

        var reports = Classic(prod, use1, "acme-legacy-reports", zones: 2) with
        {
            Listeners =
            [
                new ClassicListener { Protocol = "HTTP", LoadBalancerPort = 80, InstanceProtocol = "HTTP", InstancePort = 8080 },
                new ClassicListener
                {
                    Protocol = "HTTPS", LoadBalancerPort = 443, InstanceProtocol = "HTTP", InstancePort = 8080,
                    SslCertificateId = $"arn:aws:iam::{prod}:server-certificate/reports-acme-example-2023",
                    PolicyName = "ELBSecurityPolicy-2016-08",
                },
            ],
            AccessLogsEnabled = false,
        };
        demo.Add(reports);
        demo.Weakness("elb-classic-encrypted-listeners", reports.Arn, "The legacy reports Classic Load Balancer still accepts plain HTTP on port 80.");
        demo.Weakness("elb-classic-acm-certificate", reports.Arn, "The legacy reports Classic Load Balancer uses a certificate uploaded to IAM that nobody renews automatically.");
        demo.Weakness("elb-classic-strong-tls-policy", reports.Arn, "The legacy reports Classic Load Balancer negotiates with ELBSecurityPolicy-2016-08, which accepts TLS 1.0.");
        demo.Weakness("elb-classic-access-logs-enabled", reports.Arn, "The legacy reports Classic Load Balancer has never had access logs enabled.");

        var jenkins = Classic(dev, use1, "acme-jenkins-dev", zones: 1) with
        {
            ConnectionDrainingEnabled = false,
            CrossZoneLoadBalancingEnabled = false,
            DesyncMitigationMode = "monitor",
        };
        demo.Add(jenkins);
        demo.Weakness("elb-classic-multi-az", jenkins.Arn, "The dev Jenkins Classic Load Balancer is attached to one subnet in us-east-1a only.");
        demo.Weakness("elb-classic-cross-zone-enabled", jenkins.Arn, "The dev Jenkins Classic Load Balancer has cross-zone load balancing off.");
        demo.Weakness("elb-classic-connection-draining-enabled", jenkins.Arn, "The dev Jenkins Classic Load Balancer cuts in-flight builds' connections when an agent is deregistered.");
        demo.Weakness("elb-classic-desync-mitigation", jenkins.Arn, "The dev Jenkins Classic Load Balancer runs in monitor desync mitigation mode.");
    }

    private static LoadBalancer WebAlb(string accountId, string region, string name, string id, int zones, bool internalOnly = false)
    {
        var lb = Base(accountId, region, name, id, "application", zones, internalOnly) with
        {
            DropInvalidHeaderFields = true,
            DesyncMitigationMode = "defensive",
            WebAclArn = internalOnly ? null : $"arn:aws:wafv2:{region}:{accountId}:regional/webacl/acme-{Env(accountId)}-web/a1b2c3d4-0000-4000-8000-00000000000{zones}",
        };
        return lb with { Listeners = [Listener(lb, "HTTP", 80), Listener(lb, "HTTPS", 443)] };
    }

    private static LoadBalancer TlsNlb(string accountId, string region, string name, string id, int zones)
    {
        var lb = Base(accountId, region, name, id, "network", zones, internalOnly: false);
        return lb with { Listeners = [Listener(lb, "TLS", 443)] };
    }

    private static LoadBalancer Base(string accountId, string region, string name, string id, string type, int zones, bool internalOnly) => new()
    {
        Arn = $"arn:aws:elasticloadbalancing:{region}:{accountId}:loadbalancer/{(type == "application" ? "app" : "net")}/{name}/{id}",
        Name = name,
        AccountId = accountId,
        Region = region,
        Type = type,
        Scheme = internalOnly ? "internal" : "internet-facing",
        DnsName = $"{(internalOnly ? "internal-" : "")}{name}-{id[..10]}.elb.{region}.amazonaws.com",
        VpcId = Vpc(accountId, region),
        AvailabilityZones = [.. ZoneLetters.Take(zones).Select(z => region + z)],
        SecurityGroupIds = type == "application" ? [$"sg-0{id[..12]}"] : [],
        DeletionProtection = true,
        AccessLogsEnabled = true,
        Tags = Tags(accountId, name),
    };

    private static Listener Listener(LoadBalancer lb, string protocol, int port, bool forward = false)
    {
        var encrypted = protocol is "HTTPS" or "TLS";
        var redirect = protocol == "HTTP" && !forward;
        return new Listener
        {
            Arn = lb.Arn.Replace(":loadbalancer/", ":listener/", StringComparison.Ordinal) + $"/{port:x4}{lb.Name.Length:x2}0a1b2c3d4e",
            Protocol = protocol,
            Port = port,
            SslPolicy = encrypted ? ModernPolicy : null,
            CertificateArns = encrypted ? [Certificate(lb.AccountId, lb.Region!)] : [],
            DefaultActionType = redirect ? "redirect" : "forward",
            RedirectProtocol = redirect ? "HTTPS" : null,
        };
    }

    private static ClassicLoadBalancer Classic(string accountId, string region, string name, int zones) => new()
    {
        Arn = $"arn:aws:elasticloadbalancing:{region}:{accountId}:loadbalancer/{name}",
        Name = name,
        AccountId = accountId,
        Region = region,
        Scheme = "internet-facing",
        DnsName = $"{name}-{name.Length * 104729}.{region}.elb.amazonaws.com",
        AvailabilityZones = [.. ZoneLetters.Take(zones).Select(z => region + z)],
        Listeners =
        [
            new ClassicListener
            {
                Protocol = "HTTPS", LoadBalancerPort = 443, InstanceProtocol = "HTTPS", InstancePort = 8443,
                SslCertificateId = Certificate(accountId, region), PolicyName = StrongClassicPolicy,
            },
        ],
        AccessLogsEnabled = true,
        ConnectionDrainingEnabled = true,
        CrossZoneLoadBalancingEnabled = true,
        DesyncMitigationMode = "defensive",
        SecurityGroupIds = [$"sg-0{name.Length:x2}c1a551c0e1b"],
        Tags = Tags(accountId, name),
    };

    private static string Certificate(string accountId, string region) =>
        $"arn:aws:acm:{region}:{accountId}:certificate/{(accountId == DemoAccounts.Prod ? "c0ffee00" : "d00dfeed")}-1a2b-4c3d-8e4f-00000000000{DemoAccounts.Regions.ToList().IndexOf(region) + 1}";

    private static string Vpc(string accountId, string region) =>
        $"vpc-0{(accountId == DemoAccounts.Prod ? "a1" : "d7")}{region switch { DemoAccounts.UsEast1 => "1e", DemoAccounts.EuWest1 => "3e", _ => "5a" }}4c9f";

    private static string Env(string accountId) => accountId == DemoAccounts.Prod ? "prod" : "dev";

    private static Dictionary<string, string> Tags(string accountId, string name) => new()
    {
        ["environment"] = accountId == DemoAccounts.Prod ? "production" : "development",
        ["owner"] = "platform",
        ["application"] = name,
        ["managed-by"] = "terraform",
    };
}
