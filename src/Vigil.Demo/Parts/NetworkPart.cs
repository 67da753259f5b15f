using Vigil.Core.Model.Ec2;

namespace Vigil.Demo.Parts;

/// <summary>The networks of Acme Analytics: one three-tier VPC (public, private and data subnets in two zones) per
/// account and region, with flow logs, interface endpoints, least-privilege security groups and network ACLs, and NAT
/// gateway addresses. Weaknesses, all in the development account: the default VPC of us-east-1 was never deleted
/// (public subnets, open default security group and ACL, no flow log, no endpoints), an SSH bastion open to the world,
/// RDP open on ::/0, a test file share with SMB open to the world, a leftover network ACL, a flow log that captures
/// only accepted traffic and a VPC whose images are pulled through the NAT gateway without ECR endpoints.</summary>
internal sealed class NetworkPart : IDemoPart
{
    public const string CorporateVpnCidr = "198.51.100.0/24";
    private const string World = "0.0.0.0/0";
    private const string World6 = "::/0";

    private static readonly string[] Tiers = ["public", "private", "data"];
    private static readonly string[] Zones = ["a", "b"];
    private static readonly string[] EndpointServices =
        ["ec2", "ec2messages", "ssm", "ssmmessages", "ssm-contacts", "ssm-incidents", "ecr.api", "ecr.dkr", "logs", "kms", "sts", "s3", "dynamodb"];

    public void Build(DemoEstateBuilder demo)
    {
        foreach (var account in DemoAccounts.All)
        {
            foreach (var region in DemoAccounts.Regions) BuildVpc(demo, account, region);
        }
        BuildDefaultVpc(demo, DemoAccounts.Dev, DemoAccounts.UsEast1);
        AddDevelopmentExtras(demo);
    }

    // ---- Identifiers shared with ComputePart -------------------------------------------------------------------

    /// <summary>A deterministic AWS-style identifier: prefix, "-0" and 16 hex digits derived from the seed.</summary>
    public static string Id(string prefix, string seed)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in $"{prefix}:{seed}") hash = unchecked((hash ^ c) * 1099511628211UL);
        return $"{prefix}-0{hash:x16}";
    }

    public static string Env(string account) => account == DemoAccounts.Prod ? "prod" : "dev";

    public static string Environment(string account) => account == DemoAccounts.Prod ? "production" : "development";

    public static string Short(string region) => region switch
    {
        DemoAccounts.UsEast1 => "use1",
        DemoAccounts.EuWest1 => "euw1",
        _ => "apse2",
    };

    public static string VpcName(string account, string region) => $"acme-{Env(account)}-{Short(region)}";

    public static string VpcId(string account, string region) => Id("vpc", VpcName(account, region));

    /// <summary>The second octet of the VPC's 10.x.0.0/16 range.</summary>
    public static int Octet(string account, string region) =>
        (account == DemoAccounts.Prod ? 0 : 100) + region switch { DemoAccounts.UsEast1 => 10, DemoAccounts.EuWest1 => 20, _ => 30 };

    public static string SubnetId(string account, string region, string tier, string zone) =>
        Id("subnet", $"{VpcName(account, region)}-{tier}-{zone}");

    public static string SecurityGroupId(string account, string region, string role) =>
        Id("sg", $"{VpcName(account, region)}-{role}");

    public static string Ec2Arn(string account, string region, string type, string id) => $"arn:aws:ec2:{region}:{account}:{type}/{id}";

    public static Dictionary<string, string> Tags(string account, string name, string team) => new()
    {
        ["Name"] = name,
        ["environment"] = Environment(account),
        ["team"] = team,
        ["cost-center"] = account == DemoAccounts.Prod ? "cc-1200" : "cc-1300",
    };

    // ---- The three-tier VPC of each account and region -----------------------------------------------------

    private static void BuildVpc(DemoEstateBuilder demo, string account, string region)
    {
        var name = VpcName(account, region);
        var vpcId = VpcId(account, region);
        var octet = Octet(account, region);
        var cidr = $"10.{octet}.0.0/16";
        var isDevApac = account == DemoAccounts.Dev && region == DemoAccounts.ApSoutheast2;

        var endpoints = EndpointServices
            .Where(s => !(isDevApac && s.StartsWith("ecr.", StringComparison.Ordinal)))
            .Select(s => $"com.amazonaws.{region}.{s}")
            .ToList();
        var vpcArn = Ec2Arn(account, region, "vpc", vpcId);
        demo.Add(new Vpc
        {
            Arn = vpcArn,
            Name = name,
            AccountId = account,
            Region = region,
            VpcId = vpcId,
            CidrBlock = cidr,
            IsDefault = false,
            FlowLogs =
            [
                new FlowLog
                {
                    FlowLogId = Id("fl", name),
                    TrafficType = isDevApac ? "ACCEPT" : "ALL",
                    Status = "ACTIVE",
                    LogDestination = $"arn:aws:s3:::acme-vpc-flow-logs-{account}/{region}/",
                },
            ],
            EndpointServiceNames = endpoints,
            Tags = Tags(account, name, "network"),
        });
        if (isDevApac)
        {
            demo.Weakness("ec2-vpc-flow-logs-enabled", vpcArn,
                "The flow log of the development VPC in ap-southeast-2 was created with traffic type ACCEPT, so rejected connection attempts are never recorded.");
            demo.Weakness("ec2-vpc-endpoint-ecr-api", vpcArn,
                "The development VPC in ap-southeast-2 has no ECR API endpoint; image metadata calls leave through the NAT gateway.");
            demo.Weakness("ec2-vpc-endpoint-ecr-dkr", vpcArn,
                "The development VPC in ap-southeast-2 has no ECR Docker registry endpoint; image layers are pulled through the NAT gateway.");
        }

        // Subnets: public (load balancers, NAT), private (instances), data (databases) in two zones.
        var subnetIds = new Dictionary<string, List<string>>();
        for (var t = 0; t < Tiers.Length; t++)
        {
            var tier = Tiers[t];
            subnetIds[tier] = [];
            for (var z = 0; z < Zones.Length; z++)
            {
                var subnetId = SubnetId(account, region, tier, Zones[z]);
                subnetIds[tier].Add(subnetId);
                var subnetName = $"{name}-{tier}-{Zones[z]}";
                demo.Add(new Subnet
                {
                    Arn = Ec2Arn(account, region, "subnet", subnetId),
                    Name = subnetName,
                    AccountId = account,
                    Region = region,
                    SubnetId = subnetId,
                    VpcId = vpcId,
                    CidrBlock = $"10.{octet}.{(t * 32) + (z * 16)}.0/20",
                    AvailabilityZone = region + Zones[z],
                    MapPublicIpOnLaunch = false,
                    DefaultForAz = false,
                    HasInternetGatewayRoute = tier == "public",
                    Tags = Tags(account, subnetName, "network"),
                });
            }
        }

        // Security groups.
        var ids = new Dictionary<string, string>();
        foreach (var role in new[] { "alb", "web", "app", "db", "batch", "bastion", "endpoints" }) ids[role] = SecurityGroupId(account, region, role);
        var bastionOpen = account == DemoAccounts.Dev && region == DemoAccounts.UsEast1;
        AddGroup(demo, account, region, vpcId, "default", Id("sg", name + "-default"), "default VPC security group", [], [], 0);
        AddGroup(demo, account, region, vpcId, $"{name}-alb", ids["alb"], "Public HTTPS load balancers",
            [Tcp(443, World), Tcp(443, ipv6: World6), Tcp(80, World), Tcp(80, ipv6: World6)], AllEgress(), 2);
        AddGroup(demo, account, region, vpcId, $"{name}-web", ids["web"], "Web tier behind the load balancers",
            [Tcp(8443, group: ids["alb"])], AllEgress(), 6);
        AddGroup(demo, account, region, vpcId, $"{name}-app", ids["app"], "Application tier",
            [Tcp(8080, group: ids["web"]), Tcp(8080, group: ids["batch"])], AllEgress(), 8);
        AddGroup(demo, account, region, vpcId, $"{name}-db", ids["db"], "PostgreSQL from the application and batch tiers",
            [Tcp(5432, group: ids["app"]), Tcp(5432, group: ids["batch"])], AllEgress(), 3);
        AddGroup(demo, account, region, vpcId, $"{name}-batch", ids["batch"], "Batch workers (no inbound access)", [], AllEgress(), 4);
        AddGroup(demo, account, region, vpcId, $"{name}-bastion", ids["bastion"],
            bastionOpen ? "SSH bastion (temporarily open for a contractor)" : "SSH bastion, corporate VPN only",
            [Tcp(22, bastionOpen ? World : CorporateVpnCidr)], AllEgress(), 1);
        AddGroup(demo, account, region, vpcId, $"{name}-endpoints", ids["endpoints"], "HTTPS to the interface VPC endpoints",
            [Tcp(443, cidr)], [], 11);
        if (bastionOpen)
        {
            var arn = Ec2Arn(account, region, "security-group", ids["bastion"]);
            const string story = "The development bastion's security group allows SSH (22) from 0.0.0.0/0, opened \"temporarily\" for a contractor and never closed.";
            demo.Weakness("ec2-security-group-no-ipv4-admin-ports", arn, story);
            demo.Weakness("ec2-security-group-no-public-high-risk-ports", arn, story);
            demo.Weakness("ec2-security-group-only-authorized-public-ports", arn, story);
        }

        // Network ACLs: the default one is stripped of its allow rules; public and private ACLs deny admin ports first.
        AddAcl(demo, account, region, vpcId, name + "-default", isDefault: true, [DenyAll(false), DenyAll(true)], []);
        AddAcl(demo, account, region, vpcId, name + "-public", isDefault: false,
        [
            Entry(90, "6", "deny", World, 22, 22), Entry(91, "6", "deny", World, 3389, 3389),
            Entry(100, "6", "allow", World, 443, 443), Entry(110, "6", "allow", World, 80, 80),
            Entry(120, "6", "allow", World, 1024, 65535), Entry(130, "-1", "allow", cidr),
            DenyAll(false), Entry(100, "-1", "allow", World, egress: true), DenyAll(true),
        ], subnetIds["public"]);
        AddAcl(demo, account, region, vpcId, name + "-private", isDefault: false,
        [
            Entry(90, "6", "deny", World, 22, 22), Entry(91, "6", "deny", World, 3389, 3389),
            Entry(100, "-1", "allow", cidr), Entry(110, "6", "allow", World, 1024, 65535),
            DenyAll(false), Entry(100, "-1", "allow", World, egress: true), DenyAll(true),
        ], [.. subnetIds["private"], .. subnetIds["data"]]);

        // The NAT gateway's address.
        var allocation = Id("eipalloc", name + "-nat");
        demo.Add(new ElasticIp
        {
            Arn = Ec2Arn(account, region, "elastic-ip", allocation),
            Name = name + "-nat",
            AccountId = account,
            Region = region,
            AllocationId = allocation,
            PublicIp = $"{(account == DemoAccounts.Prod ? 3 : 18)}.{200 + octet % 50}.{octet}.10",
            AssociationId = Id("eipassoc", name + "-nat"),
            Tags = Tags(account, name + "-nat", "network"),
        });
    }

    // ---- The default VPC nobody deleted in the development account ------------------------------------------

    private static void BuildDefaultVpc(DemoEstateBuilder demo, string account, string region)
    {
        var vpcId = Id("vpc", $"default-{account}-{region}");
        var vpcArn = Ec2Arn(account, region, "vpc", vpcId);
        demo.Add(new Vpc { Arn = vpcArn, Name = vpcId, AccountId = account, Region = region, VpcId = vpcId, CidrBlock = "172.31.0.0/16", IsDefault = true });
        const string vpcStory = "The default VPC of the development account in us-east-1 was never deleted";
        demo.Weakness("ec2-vpc-flow-logs-enabled", vpcArn, vpcStory + " and has no flow log.");
        foreach (var (check, service) in new[]
                 {
                     ("ec2-vpc-endpoint-ec2", "EC2"), ("ec2-vpc-endpoint-ecr-api", "ECR API"), ("ec2-vpc-endpoint-ecr-dkr", "ECR Docker registry"),
                     ("ec2-vpc-endpoint-ssm", "Systems Manager"), ("ec2-vpc-endpoint-ssm-contacts", "Incident Manager Contacts"),
                     ("ec2-vpc-endpoint-ssm-incidents", "Incident Manager"),
                 })
        {
            demo.Weakness(check, vpcArn, $"{vpcStory} and has no {service} endpoint.");
        }

        var subnets = new List<string>();
        for (var z = 0; z < Zones.Length; z++)
        {
            var subnetId = Id("subnet", $"default-{account}-{region}-{Zones[z]}");
            subnets.Add(subnetId);
            var arn = Ec2Arn(account, region, "subnet", subnetId);
            demo.Add(new Subnet
            {
                Arn = arn,
                Name = subnetId,
                AccountId = account,
                Region = region,
                SubnetId = subnetId,
                VpcId = vpcId,
                CidrBlock = $"172.31.{z * 16}.0/20",
                AvailabilityZone = region + Zones[z],
                MapPublicIpOnLaunch = true,
                DefaultForAz = true,
                HasInternetGatewayRoute = true,
            });
            demo.Weakness("ec2-subnet-no-auto-public-ip", arn,
                $"Default subnet {subnetId} of the forgotten default VPC gives every instance launched into it a public IPv4 address.");
        }

        var groupId = Id("sg", $"default-{account}-{region}");
        AddGroup(demo, account, region, vpcId, "default", groupId, "default VPC security group",
            [new SecurityGroupRule { Protocol = "-1", ReferencedGroupIds = [groupId] }], AllEgress(), 0);
        demo.Weakness("ec2-default-security-group-restricts-all-traffic", Ec2Arn(account, region, "security-group", groupId),
            "The default security group of the forgotten default VPC still has its original allow-all rules.");

        var aclId = Id("acl", $"default-{account}-{region}");
        AddAcl(demo, account, region, vpcId, aclId, isDefault: true,
        [
            Entry(100, "-1", "allow", World), DenyAll(false), Entry(100, "-1", "allow", World, egress: true), DenyAll(true),
        ], subnets, aclId);
        demo.Weakness("ec2-network-acl-no-public-admin-ports", Ec2Arn(account, region, "network-acl", aclId),
            "The default network ACL of the forgotten default VPC allows all inbound traffic from 0.0.0.0/0, including SSH and RDP.");
    }

    // ---- One-off development leftovers ---------------------------------------------------------------------

    private static void AddDevelopmentExtras(DemoEstateBuilder demo)
    {
        const string dev = DemoAccounts.Dev;

        // eu-west-1: a Windows jump host reachable over IPv6 RDP, and an ACL left from the old network design.
        var eu = DemoAccounts.EuWest1;
        var jumpGroup = SecurityGroupId(dev, eu, "windows-jump");
        AddGroup(demo, dev, eu, VpcId(dev, eu), VpcName(dev, eu) + "-windows-jump", jumpGroup, "RDP to the Windows test jump host",
            [Tcp(3389, CorporateVpnCidr), Tcp(3389, ipv6: World6)], AllEgress(), 1);
        var jumpArn = Ec2Arn(dev, eu, "security-group", jumpGroup);
        const string rdp = "The Windows jump host's security group allows RDP (3389) from ::/0: the IPv6 rule was added \"to match\" the IPv4 VPN rule.";
        demo.Weakness("ec2-security-group-no-ipv6-admin-ports", jumpArn, rdp);
        demo.Weakness("ec2-security-group-no-public-high-risk-ports", jumpArn, rdp);
        demo.Weakness("ec2-security-group-only-authorized-public-ports", jumpArn, rdp);

        var legacyAcl = Id("acl", VpcName(dev, eu) + "-legacy");
        AddAcl(demo, dev, eu, VpcId(dev, eu), VpcName(dev, eu) + "-legacy-dmz", isDefault: false,
            [Entry(100, "6", "allow", CorporateVpnCidr, 22, 22), DenyAll(false), DenyAll(true)], [], legacyAcl);
        demo.Weakness("ec2-network-acl-in-use", Ec2Arn(dev, eu, "network-acl", legacyAcl),
            "The legacy DMZ network ACL of the development VPC in eu-west-1 is associated with no subnet since the network redesign.");

        // ap-southeast-2: a test SMB file share opened to the internet.
        var apac = DemoAccounts.ApSoutheast2;
        var smbGroup = SecurityGroupId(dev, apac, "file-share-test");
        AddGroup(demo, dev, apac, VpcId(dev, apac), VpcName(dev, apac) + "-file-share-test", smbGroup, "SMB test share for the reporting migration",
            [Tcp(445, World)], AllEgress(), 0);
        var smbArn = Ec2Arn(dev, apac, "security-group", smbGroup);
        const string smb = "A test security group for the reporting migration allows SMB/CIFS (445) from 0.0.0.0/0.";
        demo.Weakness("ec2-security-group-no-public-cifs", smbArn, smb);
        demo.Weakness("ec2-security-group-no-public-high-risk-ports", smbArn, smb);
        demo.Weakness("ec2-security-group-only-authorized-public-ports", smbArn, smb);
    }

    // ---- Builders ------------------------------------------------------------------------------------------

    private static void AddGroup(DemoEstateBuilder demo, string account, string region, string vpcId, string name, string groupId,
        string description, IReadOnlyList<SecurityGroupRule> ingress, IReadOnlyList<SecurityGroupRule> egress, int attachments) =>
        demo.Add(new SecurityGroup
        {
            Arn = Ec2Arn(account, region, "security-group", groupId),
            Name = name,
            AccountId = account,
            Region = region,
            GroupId = groupId,
            VpcId = vpcId,
            Description = description,
            Ingress = ingress,
            Egress = egress,
            AttachmentCount = attachments,
            Tags = name == "default" ? new Dictionary<string, string>() : Tags(account, name, "network"),
        });

    private static void AddAcl(DemoEstateBuilder demo, string account, string region, string vpcId, string name, bool isDefault,
        IReadOnlyList<NetworkAclEntry> entries, IReadOnlyList<string> subnets, string? aclId = null)
    {
        var id = aclId ?? Id("acl", name);
        demo.Add(new NetworkAcl
        {
            Arn = Ec2Arn(account, region, "network-acl", id),
            Name = name,
            AccountId = account,
            Region = region,
            NetworkAclId = id,
            VpcId = vpcId,
            IsDefault = isDefault,
            Entries = entries,
            SubnetIds = subnets,
        });
    }

    private static SecurityGroupRule Tcp(int port, string? cidr = null, string? ipv6 = null, string? group = null) => new()
    {
        Protocol = "tcp",
        FromPort = port,
        ToPort = port,
        Ipv4Ranges = cidr is null ? [] : [cidr],
        Ipv6Ranges = ipv6 is null ? [] : [ipv6],
        ReferencedGroupIds = group is null ? [] : [group],
    };

    private static SecurityGroupRule[] AllEgress() => [new SecurityGroupRule { Protocol = "-1", Ipv4Ranges = [World] }];

    private static NetworkAclEntry Entry(int number, string protocol, string action, string cidr, int? from = null, int? to = null, bool egress = false) => new()
    {
        RuleNumber = number,
        Protocol = protocol,
        RuleAction = action,
        Egress = egress,
        CidrBlock = cidr,
        FromPort = from,
        ToPort = to,
    };

    private static NetworkAclEntry DenyAll(bool egress) => Entry(32767, "-1", "deny", World, egress: egress);
}
