using Vigil.Core.Model.AutoScaling;
using Vigil.Core.Model.Ec2;
using Vigil.Core.Model.Efs;
using Vigil.Core.Model.S3;

namespace Vigil.Demo.Parts;

/// <summary>How Acme Analytics' networks reach the outside, and how its fleets launch: Site-to-Site VPNs to the office
/// and to the partner Northwind, a core transit gateway, the staff Client VPN, VPC Block Public Access, launch
/// templates, Auto Scaling groups and a Multi-Region Access Point over the analytics buckets. Weaknesses, mostly in the
/// development account: a lab VPN configured with one tunnel only, the partner VPN without tunnel logs, a sandbox hub
/// that accepts any shared attachment, a contractors' Client VPN without connection logs, VPC Block Public Access off
/// in development us-east-1, the old bastion launch template, a reporting template that leaves volumes unencrypted, the 2019 reporting workers still on a launch
/// configuration, a released-and-forgotten Elastic IP, the SMB test security group nobody attached, a media test
/// Multi-Region Access Point created with public policies allowed and the legacy build cache mounted in the default
/// VPC's public subnets. It also declares what the SSH, RDP, unused security group and ALB web ACL checks find in the
/// resources of the network and load balancer parts.</summary>
internal sealed class NetworkExtrasPart : IDemoPart
{
    private const string Prod = DemoAccounts.Prod;
    private const string Dev = DemoAccounts.Dev;
    private const string UsEast1 = DemoAccounts.UsEast1;
    private const string EuWest1 = DemoAccounts.EuWest1;
    private const string ApSoutheast2 = DemoAccounts.ApSoutheast2;

    public void Build(DemoEstateBuilder demo)
    {
        AddVpnConnections(demo);
        AddTransitGateways(demo);
        AddClientVpnEndpoints(demo);
        SetVpcBlockPublicAccess(demo);
        AddLaunchTemplates(demo);
        AddAutoScaling(demo);
        AddElasticIps(demo);
        AddMultiRegionAccessPoints(demo);
        DeclareLeftovers(demo);
    }

    private static void AddVpnConnections(DemoEstateBuilder demo)
    {
        Vpn(demo, Prod, UsEast1, "acme-prod-use1-office", "52.94.10.1", "UP", "52.94.10.2", "UP", logged: true);

        var partner = Vpn(demo, Prod, EuWest1, "acme-prod-euw1-northwind", "52.95.20.1", "UP", "52.95.20.2", "UP", logged: false);
        demo.Weakness("ec2-vpn-connection-logging-enabled", partner.Arn,
            "The Site-to-Site VPN to the partner Northwind was set up before tunnel logging existed and sends no tunnel logs, so nobody can tell when or why the nightly shipment link drops.");

        var lab = Vpn(demo, Dev, UsEast1, "acme-dev-use1-network-lab", "52.94.30.1", "UP", "52.94.30.2", "DOWN", logged: true);
        demo.Weakness("ec2-vpn-connection-tunnels-up", lab.Arn,
            "The network lab's VPN runs on one tunnel: the lab router was only ever configured with the first tunnel's endpoint, so the next AWS maintenance cuts the link.");
    }

    private static VpnConnection Vpn(DemoEstateBuilder demo, string account, string region, string name,
        string firstIp, string firstStatus, string secondIp, string secondStatus, bool logged)
    {
        var id = NetworkPart.Id("vpn", name);
        var logGroup = logged ? $"arn:aws:logs:{region}:{account}:log-group:/acme/vpn/{name}" : null;
        return demo.Add(new VpnConnection
        {
            Arn = NetworkPart.Ec2Arn(account, region, "vpn-connection", id),
            Name = name,
            AccountId = account,
            Region = region,
            VpnConnectionId = id,
            State = "available",
            TransitGatewayId = NetworkPart.Id("tgw", $"acme-{NetworkPart.Env(account)}-{NetworkPart.Short(region)}-core"),
            CustomerGatewayId = NetworkPart.Id("cgw", name),
            Tunnels =
            [
                new VpnTunnel { OutsideIpAddress = firstIp, Status = firstStatus, LogEnabled = logged, LogGroupArn = logGroup },
                new VpnTunnel
                {
                    OutsideIpAddress = secondIp,
                    Status = secondStatus,
                    StatusMessage = secondStatus == "DOWN" ? "IPSEC IS DOWN" : null,
                    LogEnabled = logged,
                    LogGroupArn = logGroup,
                },
            ],
            Tags = NetworkPart.Tags(account, name, "network"),
        });
    }

    private static void AddTransitGateways(DemoEstateBuilder demo)
    {
        foreach (var (account, region) in new[] { (Prod, UsEast1), (Prod, EuWest1), (Dev, UsEast1) })
        {
            TransitGateway(demo, account, region, $"acme-{NetworkPart.Env(account)}-{NetworkPart.Short(region)}-core", autoAccept: false);
        }
        var sandbox = TransitGateway(demo, Dev, EuWest1, "acme-dev-euw1-sandbox-hub", autoAccept: true);
        demo.Weakness("ec2-transit-gateway-no-auto-accept", sandbox.Arn,
            "The sandbox hub transit gateway, shared with the whole organization for hackathons, accepts every VPC attachment request automatically.");
    }

    private static TransitGateway TransitGateway(DemoEstateBuilder demo, string account, string region, string name, bool autoAccept)
    {
        var id = NetworkPart.Id("tgw", name);
        return demo.Add(new TransitGateway
        {
            Arn = NetworkPart.Ec2Arn(account, region, "transit-gateway", id),
            Name = name,
            AccountId = account,
            Region = region,
            TransitGatewayId = id,
            State = "available",
            OwnerId = account,
            AutoAcceptSharedAttachments = autoAccept ? "enable" : "disable",
            DefaultRouteTableAssociation = autoAccept ? "enable" : "disable",
            DefaultRouteTablePropagation = autoAccept ? "enable" : "disable",
            Tags = NetworkPart.Tags(account, name, "network"),
        });
    }

    private static void AddClientVpnEndpoints(DemoEstateBuilder demo)
    {
        ClientVpn(demo, Prod, UsEast1, "acme-staff-vpn", "10.250.0.0/16", logged: true);
        var contractors = ClientVpn(demo, Dev, EuWest1, "acme-dev-euw1-contractors", "10.251.0.0/16", logged: false);
        demo.Weakness("ec2-client-vpn-connection-logging-enabled", contractors.Arn,
            "The contractors' Client VPN into the development VPC logs no connections, so nobody can tell which contractor connected when.");
    }

    private static ClientVpnEndpoint ClientVpn(DemoEstateBuilder demo, string account, string region, string name, string clientCidr, bool logged)
    {
        var id = NetworkPart.Id("cvpn-endpoint", name);
        return demo.Add(new ClientVpnEndpoint
        {
            Arn = NetworkPart.Ec2Arn(account, region, "client-vpn-endpoint", id),
            Name = name,
            AccountId = account,
            Region = region,
            ClientVpnEndpointId = id,
            Status = "available",
            VpcId = NetworkPart.VpcId(account, region),
            ClientCidrBlock = clientCidr,
            ConnectionLogEnabled = logged,
            ConnectionLogGroup = logged ? $"/acme/client-vpn/{name}" : null,
            ConnectionLogStream = logged ? "connections" : null,
            Tags = NetworkPart.Tags(account, name, "network"),
        });
    }

    /// <summary>Block-ingress everywhere (the public load balancer subnets are excluded), except development us-east-1.</summary>
    private static void SetVpcBlockPublicAccess(DemoEstateBuilder demo)
    {
        foreach (var account in DemoAccounts.All)
        {
            foreach (var region in DemoAccounts.Regions)
            {
                var open = account == Dev && region == UsEast1;
                demo.UpdateRegion(account, region, r => r with { VpcBlockPublicAccessMode = open ? "off" : "block-ingress" });
            }
        }
        demo.Weakness("ec2-vpc-block-public-access-enabled", $"arn:aws:ec2:{UsEast1}:{Dev}:vpc-block-public-access",
            "VPC Block Public Access is off in development us-east-1: turning it on would cut the public bastion and the forgotten default VPC, so it was left off.");
    }

    private static void AddLaunchTemplates(DemoEstateBuilder demo)
    {
        LaunchTemplate(demo, Prod, UsEast1, "acme-prod-web", "acme-web-instance", publicIp: false, httpTokens: "required", encrypted: true);
        LaunchTemplate(demo, Prod, EuWest1, "acme-prod-batch", "acme-batch-instance", publicIp: null, httpTokens: "required", encrypted: null);
        var reporting = LaunchTemplate(demo, Dev, ApSoutheast2, "acme-dev-reporting", "acme-app-instance", publicIp: false, httpTokens: "required", encrypted: null);
        demo.Weakness("ec2-launch-template-ebs-encrypted", reporting.Arn,
            "The development reporting launch template leaves its volumes' encryption unset, and EBS encryption by default is off in ap-southeast-2, so its instances get unencrypted volumes.");
        var bastion = LaunchTemplate(demo, Dev, UsEast1, "acme-dev-bastion", "acme-bastion-instance", publicIp: true, httpTokens: "optional", encrypted: null);
        demo.Weakness("ec2-launch-template-no-public-ip", bastion.Arn,
            "The old bastion launch template gives every instance launched from it a public IP address.");
        demo.Weakness("ec2-launch-template-imdsv2-required", bastion.Arn,
            "The old bastion launch template still allows IMDSv1 (HttpTokens optional), which is how the current bastion ended up with it.");
    }

    private static LaunchTemplate LaunchTemplate(DemoEstateBuilder demo, string account, string region, string name, string profile, bool? publicIp,
        string httpTokens, bool? encrypted)
    {
        var id = NetworkPart.Id("lt", name);
        return demo.Add(new LaunchTemplate
        {
            Arn = NetworkPart.Ec2Arn(account, region, "launch-template", id),
            Name = name,
            AccountId = account,
            Region = region,
            LaunchTemplateId = id,
            DefaultVersionNumber = 4,
            LatestVersionNumber = 5,
            DefaultVersion = new LaunchTemplateData
            {
                VersionNumber = 4,
                MetadataHttpTokens = httpTokens,
                MetadataHttpEndpoint = "enabled",
                IamInstanceProfileName = profile,
                NetworkInterfaces = [new LaunchTemplateNetworkInterface { DeviceIndex = 0, AssociatePublicIpAddress = publicIp }],
                EbsVolumes =
                [
                    new LaunchTemplateEbsVolume
                    {
                        DeviceName = "/dev/xvda",
                        Encrypted = encrypted,
                        KmsKeyId = encrypted == true ? $"arn:aws:kms:{region}:{account}:alias/acme-ebs" : null,
                    },
                ],
            },
            Tags = NetworkPart.Tags(account, name, "platform"),
        });
    }

    private static void AddAutoScaling(DemoEstateBuilder demo)
    {
        demo.Add(new AutoScalingGroup
        {
            Arn = GroupArn(Prod, UsEast1, "acme-prod-use1-web"),
            Name = "acme-prod-use1-web",
            AccountId = Prod,
            Region = UsEast1,
            LaunchTemplateId = NetworkPart.Id("lt", "acme-prod-web"),
            LaunchTemplateName = "acme-prod-web",
            HasMixedInstancesPolicy = true,
            InstanceTypes = ["m7g.large", "m6g.large", "c7g.xlarge"],
            AvailabilityZones = [UsEast1 + "a", UsEast1 + "b"],
            TargetGroupArns = [$"arn:aws:elasticloadbalancing:{UsEast1}:{Prod}:targetgroup/acme-prod-web/5e1b3c2d4f6a7b80"],
            HealthCheckType = "ELB",
            Tags = NetworkPart.Tags(Prod, "acme-prod-use1-web", "platform"),
        });
        demo.Add(LaunchConfiguration(Prod, EuWest1, "acme-prod-euw1-reporting-v3", publicIp: false, httpTokens: "required"));

        const string workers = "acme-dev-apse2-reporting-workers";
        var legacy = demo.Add(new AutoScalingGroup
        {
            Arn = GroupArn(Dev, ApSoutheast2, workers),
            Name = workers,
            AccountId = Dev,
            Region = ApSoutheast2,
            LaunchConfigurationName = "reporting-workers-2019",
            AvailabilityZones = [ApSoutheast2 + "a"],
            LoadBalancerNames = ["reporting-legacy"],
            HealthCheckType = "EC2",
            Tags = NetworkPart.Tags(Dev, workers, "reporting"),
        });
        const string story = "The 2019 reporting workers group";
        demo.Weakness("autoscaling-group-uses-launch-template", legacy.Arn, $"{story} still launches from a launch configuration.");
        demo.Weakness("autoscaling-group-multiple-azs", legacy.Arn, $"{story} runs in ap-southeast-2a only.");
        demo.Weakness("autoscaling-group-multiple-instance-types", legacy.Arn, $"{story} can launch a single instance type, t2.large.");
        demo.Weakness("autoscaling-group-elb-health-check", legacy.Arn,
            $"{story} sits behind a Classic Load Balancer but keeps workers whose reporting service hangs, because it uses EC2 status checks only.");

        var configuration = demo.Add(LaunchConfiguration(Dev, ApSoutheast2, "reporting-workers-2019", publicIp: true, httpTokens: "optional"));
        demo.Weakness("autoscaling-launch-configuration-no-public-ip", configuration.Arn,
            "The 2019 reporting workers' launch configuration gives every worker a public IP address.");
        demo.Weakness("autoscaling-launch-configuration-imdsv2-required", configuration.Arn,
            "The 2019 reporting workers' launch configuration allows IMDSv1.");
    }

    private static string GroupArn(string account, string region, string name) =>
        $"arn:aws:autoscaling:{region}:{account}:autoScalingGroup:{Uuid(name)}:autoScalingGroupName/{name}";

    private static LaunchConfiguration LaunchConfiguration(string account, string region, string name, bool publicIp, string httpTokens) => new()
    {
        Arn = $"arn:aws:autoscaling:{region}:{account}:launchConfiguration:{Uuid(name)}:launchConfigurationName/{name}",
        Name = name,
        AccountId = account,
        Region = region,
        ImageId = NetworkPart.Id("ami", name),
        InstanceType = "t2.large",
        AssociatePublicIpAddress = publicIp,
        MetadataHttpTokens = httpTokens,
        MetadataHttpEndpoint = "enabled",
    };

    /// <summary>A deterministic UUID-shaped id, as Auto Scaling puts in its ARNs.</summary>
    private static string Uuid(string seed)
    {
        var hex = NetworkPart.Id("x", seed)[3..] + NetworkPart.Id("y", seed)[3..];
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }

    private static void AddElasticIps(DemoEstateBuilder demo)
    {
        const string name = "acme-dev-euw1-old-ftp";
        var allocation = NetworkPart.Id("eipalloc", name);
        var address = demo.Add(new ElasticIp
        {
            Arn = NetworkPart.Ec2Arn(Dev, EuWest1, "elastic-ip", allocation),
            Name = name,
            AccountId = Dev,
            Region = EuWest1,
            AllocationId = allocation,
            PublicIp = "34.250.17.88",
            Tags = NetworkPart.Tags(Dev, name, "network"),
        });
        demo.Weakness("ec2-elastic-ip-in-use", address.Arn,
            "The Elastic IP of the decommissioned FTP server is still allocated, unattached, and still listed in a partner's firewall allow-list.");
    }

    private static void AddMultiRegionAccessPoints(DemoEstateBuilder demo)
    {
        var all = new PublicAccessBlock { BlockPublicAcls = true, IgnorePublicAcls = true, BlockPublicPolicy = true, RestrictPublicBuckets = true };
        MultiRegionAccessPoint(demo, Prod, "acme-analytics-global", "mfzwi23gnjvgw.mrap", all, ["acme-analytics-use1", "acme-analytics-euw1"]);
        var media = MultiRegionAccessPoint(demo, Dev, "acme-dev-media-test", "o7jquhxg1vfzq.mrap",
            all with { BlockPublicPolicy = false, RestrictPublicBuckets = false }, ["acme-dev-media-use1", "acme-dev-media-apse2"]);
        demo.Weakness("s3-multi-region-access-point-public-access-block-enabled", media.Arn,
            "The media test Multi-Region Access Point was created with public policies allowed for a CDN experiment; its Block Public Access settings cannot be changed afterwards.");
    }

    private static MultiRegionAccessPoint MultiRegionAccessPoint(DemoEstateBuilder demo, string account, string name, string alias,
        PublicAccessBlock block, string[] buckets) => demo.Add(new MultiRegionAccessPoint
        {
            Arn = $"arn:aws:s3::{account}:accesspoint/{alias}",
            Name = name,
            AccountId = account,
            Alias = alias,
            Status = "READY",
            PublicAccessBlock = block,
            Buckets = buckets,
        });

    /// <summary>Resources of other parts that the checks above judge: the world-open bastion and jump host groups, the SMB
    /// test group nobody attached, the internal ALBs without a web ACL, and the legacy build cache, created in the
    /// forgotten default VPC of development us-east-1 with mount targets in its public subnets.</summary>
    private static void DeclareLeftovers(DemoEstateBuilder demo)
    {
        demo.Weakness("ec2-security-group-no-public-ssh",
            NetworkPart.Ec2Arn(Dev, UsEast1, "security-group", NetworkPart.SecurityGroupId(Dev, UsEast1, "bastion")),
            "The development bastion's security group opens SSH to 0.0.0.0/0.");
        demo.Weakness("ec2-security-group-no-public-rdp",
            NetworkPart.Ec2Arn(Dev, EuWest1, "security-group", NetworkPart.SecurityGroupId(Dev, EuWest1, "windows-jump")),
            "The Windows jump host's security group opens RDP to ::/0.");
        demo.Weakness("elb-alb-waf-web-acl-associated", $"arn:aws:elasticloadbalancing:{UsEast1}:{Prod}:loadbalancer/app/acme-internal-services/3d5c7e2b4f6a8d02",
            "The internal services ALB has no web ACL: any compromised workload inside the VPC reaches the internal APIs unfiltered.");
        demo.Weakness("elb-alb-waf-web-acl-associated", $"arn:aws:elasticloadbalancing:{UsEast1}:{Dev}:loadbalancer/app/acme-tools-dev/7f9a1c6d8b0e2f46",
            "The internal development tools ALB has no web ACL.");

        var smbGroup = NetworkPart.SecurityGroupId(Dev, ApSoutheast2, "file-share-test");
        demo.Weakness("ec2-security-group-in-use", NetworkPart.Ec2Arn(Dev, ApSoutheast2, "security-group", smbGroup),
            "The SMB test security group of the reporting migration is attached to nothing: the test share was deleted, its world-open group was not.");

        var buildCache = demo.Snapshot.Resources<EfsFileSystem>().Single(f => f.Name == "legacy-build-cache");
        demo.Snapshot.Update<EfsFileSystem>(buildCache.Arn, f => f with
        {
            MountTargets =
            [
                new EfsMountTarget(NetworkPart.Id("fsmt", f.FileSystemId + "-a"), NetworkPart.Id("subnet", $"default-{Dev}-{UsEast1}-a")),
                new EfsMountTarget(NetworkPart.Id("fsmt", f.FileSystemId + "-b"), NetworkPart.Id("subnet", $"default-{Dev}-{UsEast1}-b")),
            ],
        });
        demo.Weakness("efs-mount-target-not-in-public-subnet", buildCache.Arn,
            "The legacy build cache's mount targets sit in the public subnets of the forgotten default VPC, one security group rule away from the internet.");
    }
}
