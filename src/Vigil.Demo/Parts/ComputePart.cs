using Vigil.Core.Model.Account;
using Vigil.Core.Model.Ec2;
using Vigil.Core.Model.Ssm;

namespace Vigil.Demo.Parts;

/// <summary>The EC2 fleet of Acme Analytics with its disks, images and Systems Manager state: web, application,
/// batch and bastion instances in private subnets (IMDSv2, instance profiles, encrypted volumes, managed and patched
/// by Systems Manager), nightly encrypted snapshots, golden AMIs and SSM documents. Weaknesses, all in the
/// development account: a public bastion allowing IMDSv1, a multi-homed lab router, an unmanaged Windows jump host
/// without an instance profile, a paravirtual reporting server stopped for months on an unencrypted disk in a region
/// without EBS encryption by default, a public database seed snapshot, a public SSM document, a missed patch window
/// and a failing State Manager association.</summary>
internal sealed class ComputePart : IDemoPart
{
    private const string Linux = "Amazon Linux";
    private const string AgentVersion = "3.3.1345.0";

    public void Build(DemoEstateBuilder demo)
    {
        foreach (var account in DemoAccounts.All)
        {
            foreach (var region in DemoAccounts.Regions) AddImages(demo, account, region);
        }

        var prod = DemoAccounts.Prod;
        var dev = DemoAccounts.Dev;
        Fleet(demo, prod, DemoAccounts.UsEast1, web: 6, app: 8, batch: 4, bastion: 1);
        Fleet(demo, prod, DemoAccounts.EuWest1, web: 4, app: 5, batch: 2, bastion: 1);
        Fleet(demo, prod, DemoAccounts.ApSoutheast2, web: 3, app: 4, batch: 2, bastion: 0);
        Fleet(demo, dev, DemoAccounts.UsEast1, web: 2, app: 4, batch: 2, bastion: 0);
        Fleet(demo, dev, DemoAccounts.EuWest1, web: 2, app: 3, batch: 2, bastion: 0);
        Fleet(demo, dev, DemoAccounts.ApSoutheast2, web: 2, app: 2, batch: 1, bastion: 0);

        AddSpecialInstances(demo);
        AddSnapshots(demo);
        AddDocuments(demo);
    }

    // ---- Images ----------------------------------------------------------------------------------------------

    private static string ImageId(string account, string region, string version = "2026.11.03") =>
        NetworkPart.Id("ami", $"{account}-{region}-al2023-{version}");

    private static void AddImages(DemoEstateBuilder demo, string account, string region)
    {
        foreach (var (version, age) in new[] { ("2026.11.03", 17), ("2026.10.06", 45) })
        {
            var id = ImageId(account, region, version);
            var name = $"acme-al2023-base-{version}";
            demo.Add(new Ami
            {
                Arn = $"arn:aws:ec2:{region}::image/{id}",
                Name = name,
                AccountId = account,
                Region = region,
                ImageId = id,
                Public = false,
                CreationDate = demo.Now.AddDays(-age),
                DeprecationTime = demo.Now.AddDays(180 - age),
                EncryptedSnapshots = true,
                Tags = NetworkPart.Tags(account, name, "platform"),
            });
        }
    }

    // ---- The fleet -------------------------------------------------------------------------------------------

    private static void Fleet(DemoEstateBuilder demo, string account, string region, int web, int app, int batch, int bastion)
    {
        var roles = new[] { ("web", web), ("app", app), ("batch", batch), ("bastion", bastion) };
        foreach (var (role, count) in roles)
        {
            for (var n = 1; n <= count; n++) AddInstance(demo, account, region, role, n);
        }
    }

    private static string InstanceType(string account, string role) => (account == DemoAccounts.Prod, role) switch
    {
        (true, "web") => "m6i.large",
        (true, "app") => "m6i.xlarge",
        (true, "batch") => "c6i.2xlarge",
        (false, "web") => "t3.medium",
        (false, "app") => "t3.large",
        (false, "batch") => "c6i.large",
        _ => "t3.micro",
    };

    /// <summary>Adds the instance, its volumes and (unless <paramref name="managed"/> is false) its Systems Manager
    /// registration; returns the instance ARN. The defaults describe a well-configured instance.</summary>
    private static string AddInstance(DemoEstateBuilder demo, string account, string region, string role, int n,
        string? name = null, string state = "running", DateTimeOffset? stoppedSince = null, DateTimeOffset? launchedAt = null,
        string? instanceType = null, string? publicIp = null, bool imdsV2 = true, bool withProfile = true, int interfaces = 1,
        string virtualization = "hvm", string? imageId = null, string? securityGroupRole = null, bool encryptedRoot = true,
        string volumeType = "gp3", int? rootSize = null, bool managed = true, string platform = Linux,
        string patchStatus = "COMPLIANT", int missingCritical = 0, int missingSecurity = 0, string associationStatus = "COMPLIANT")
    {
        name ??= $"acme-{NetworkPart.Env(account)}-{NetworkPart.Short(region)}-{role}-{n:00}";
        var id = NetworkPart.Id("i", name);
        var zone = n % 2 == 1 ? "a" : "b";
        var tier = publicIp is null ? "private" : "public";
        var octet = NetworkPart.Octet(account, region);
        var launched = launchedAt ?? demo.Now.AddDays(-(6 + ((n * 13 + role.Length * 7) % 90)));

        var volumes = new List<string>();
        var root = NetworkPart.Id("vol", name + "-root");
        volumes.Add(root);
        AddVolume(demo, account, region, root, name + "-root", id, rootSize ?? (role == "batch" ? 100 : 30), encryptedRoot, volumeType);
        if (role == "batch")
        {
            var data = NetworkPart.Id("vol", name + "-data");
            volumes.Add(data);
            AddVolume(demo, account, region, data, name + "-data", id, 500, encrypted: true, "gp3", deleteOnTermination: false);
        }

        var arn = NetworkPart.Ec2Arn(account, region, "instance", id);
        var tags = NetworkPart.Tags(account, name, role == "bastion" ? "platform" : "analytics");
        tags["role"] = role;
        demo.Add(new Ec2Instance
        {
            Arn = arn,
            Name = name,
            AccountId = account,
            Region = region,
            InstanceId = id,
            InstanceType = instanceType ?? InstanceType(account, role),
            State = state,
            LaunchTime = launched,
            StateTransitionTime = state == "running" ? launched : stoppedSince,
            ImageId = imageId ?? ImageId(account, region),
            VpcId = NetworkPart.VpcId(account, region),
            SubnetId = NetworkPart.SubnetId(account, region, tier, zone),
            PublicIpAddress = publicIp,
            PrivateIpAddress = $"10.{octet}.{(tier == "public" ? 0 : 32) + (zone == "a" ? 0 : 16) + 1}.{10 + n}",
            IamInstanceProfileArn = withProfile ? $"arn:aws:iam::{account}:instance-profile/acme-{role}-instance" : null,
            SecurityGroupIds = [NetworkPart.SecurityGroupId(account, region, securityGroupRole ?? role)],
            MetadataOptions = new InstanceMetadataOptions { HttpTokens = imdsV2 ? "required" : "optional", HttpEndpoint = "enabled", HttpPutResponseHopLimit = 2 },
            NetworkInterfaceCount = interfaces,
            VirtualizationType = virtualization,
            VolumeIds = volumes,
            Tags = tags,
        });

        if (managed)
        {
            demo.Add(new ManagedInstance
            {
                Arn = $"arn:aws:ssm:{region}:{account}:managed-instance/{id}",
                Name = name,
                AccountId = account,
                Region = region,
                InstanceId = id,
                PingStatus = state == "running" ? "Online" : "ConnectionLost",
                PlatformName = platform,
                AgentVersion = AgentVersion,
                PatchComplianceStatus = patchStatus,
                MissingCriticalPatches = missingCritical,
                MissingSecurityPatches = missingSecurity,
                LastPatchScan = demo.Now.AddDays(-(1 + n % 3)),
                AssociationComplianceStatus = associationStatus,
            });
        }
        return arn;
    }

    private static void AddVolume(DemoEstateBuilder demo, string account, string region, string volumeId, string name, string? instanceId,
        int size, bool encrypted, string type, bool deleteOnTermination = true) =>
        demo.Add(new EbsVolume
        {
            Arn = NetworkPart.Ec2Arn(account, region, "volume", volumeId),
            Name = name,
            AccountId = account,
            Region = region,
            VolumeId = volumeId,
            Encrypted = encrypted,
            KmsKeyId = encrypted ? EbsKey(account, region) : null,
            State = instanceId is null ? "available" : "in-use",
            SizeGiB = size,
            VolumeType = type,
            AttachedInstanceIds = instanceId is null ? [] : [instanceId],
            DeleteOnTermination = instanceId is not null && deleteOnTermination,
            Tags = NetworkPart.Tags(account, name, "analytics"),
        });

    private static string EbsKey(string account, string region) =>
        $"arn:aws:kms:{region}:{account}:key/{(account == DemoAccounts.Prod ? "6f1c2a9e" : "b83d47c1")}-{NetworkPart.Short(region).PadRight(4, '0')[..4]}-4c2e-9a61-0d5e3b7f8a24";

    // ---- Deliberate weaknesses and the odd one out -----------------------------------------------------------

    private static void AddSpecialInstances(DemoEstateBuilder demo)
    {
        var prod = DemoAccounts.Prod;
        var dev = DemoAccounts.Dev;
        var use1 = DemoAccounts.UsEast1;
        var euw1 = DemoAccounts.EuWest1;
        var apse2 = DemoAccounts.ApSoutheast2;

        // A spare batch worker stopped last week: fine.
        AddInstance(demo, prod, use1, "batch", 5, name: "acme-prod-use1-batch-spare-01", state: "stopped", stoppedSince: demo.Now.AddDays(-6));

        // dev us-east-1: a public bastion that still allows IMDSv1.
        var bastionPublicIp = "18.213.110.41";
        var bastion = AddInstance(demo, dev, use1, "bastion", 1, publicIp: bastionPublicIp, imdsV2: false);
        demo.Weakness("ec2-instance-no-public-ip", bastion,
            "The development bastion sits in a public subnet with an Elastic IP instead of being reached through Session Manager.");
        demo.Weakness("ec2-instance-imdsv2-required", bastion,
            "The development bastion was launched from an old template that still allows IMDSv1, on an internet-facing host.");
        var eip = NetworkPart.Id("eipalloc", "acme-dev-use1-bastion");
        demo.Add(new ElasticIp
        {
            Arn = NetworkPart.Ec2Arn(dev, use1, "elastic-ip", eip),
            Name = "acme-dev-use1-bastion",
            AccountId = dev,
            Region = use1,
            AllocationId = eip,
            PublicIp = bastionPublicIp,
            AssociationId = NetworkPart.Id("eipassoc", "acme-dev-use1-bastion"),
            InstanceId = NetworkPart.Id("i", "acme-dev-use1-bastion-01"),
            Tags = NetworkPart.Tags(dev, "acme-dev-use1-bastion", "platform"),
        });

        // dev us-east-1: a lab router with three network interfaces.
        var router = AddInstance(demo, dev, use1, "app", 9, name: "acme-dev-use1-netlab-router-01", instanceType: "c6in.large", interfaces: 3);
        demo.Weakness("ec2-instance-single-eni", router,
            "A network lab router in the development VPC has three network interfaces bridging the public, private and data subnets.");

        // dev us-east-1: an application server that missed two patch windows.
        var unpatched = NetworkPart.Id("i", "acme-dev-use1-app-05");
        AddInstance(demo, dev, use1, "app", 5, patchStatus: "NON_COMPLIANT", missingCritical: 2, missingSecurity: 7);
        demo.Weakness("ssm-managed-instance-patch-compliant", $"arn:aws:ssm:{use1}:{dev}:managed-instance/{unpatched}",
            "Development application server acme-dev-use1-app-05 was excluded from two patch windows and misses 2 critical and 7 security patches.");

        // dev eu-west-1: a Windows jump host without an instance profile, so not managed by Systems Manager.
        var jump = AddInstance(demo, dev, euw1, "bastion", 1, name: "acme-dev-euw1-windows-jump-01", instanceType: "t3.large", securityGroupRole: "windows-jump", withProfile: false, platform: "Microsoft Windows Server 2022 Datacenter", imageId: NetworkPart.Id("ami", "amazon-windows-2022-2026.10"), managed: false);
        demo.Weakness("ec2-instance-profile-attached", jump,
            "The Windows jump host in development eu-west-1 was launched without an instance profile; engineers copy access keys onto it instead.");
        demo.Weakness("ssm-instance-managed", jump,
            "The Windows jump host in development eu-west-1 has no instance profile, so the SSM Agent never registers and it is never patched or inventoried.");

        // dev eu-west-1: an unattached scratch volume (encrypted; not a finding).
        AddVolume(demo, dev, euw1, NetworkPart.Id("vol", "acme-dev-euw1-scratch"), "acme-dev-euw1-scratch", null, 200, encrypted: true, "gp3");

        // dev ap-southeast-2: a batch worker whose inventory association keeps failing.
        var failing = NetworkPart.Id("i", "acme-dev-apse2-batch-02");
        AddInstance(demo, dev, apse2, "batch", 2, associationStatus: "NON_COMPLIANT");
        demo.Weakness("ssm-managed-instance-association-compliant", $"arn:aws:ssm:{apse2}:{dev}:managed-instance/{failing}",
            "The CloudWatch agent association of development batch worker acme-dev-apse2-batch-02 fails on every run since its config parameter was deleted.");

        // dev ap-southeast-2: the old reporting server, paravirtual, stopped for months, on an unencrypted disk.
        var legacyName = "acme-dev-apse2-legacy-reporting";
        var legacy = AddInstance(demo, dev, apse2, "app", 7, name: legacyName, instanceType: "m1.medium", state: "stopped", stoppedSince: demo.Now.AddDays(-213), launchedAt: demo.Now.AddDays(-2390), virtualization: "paravirtual", imdsV2: false, encryptedRoot: false, volumeType: "standard", rootSize: 200, imageId: "ami-0c1a7f3d5e2b94e61", managed: false);
        const string legacyStory = "The 2020 reporting server in development ap-southeast-2 was stopped 213 days ago \"in case we need it\"";
        demo.Weakness("ec2-stopped-instance-removed", legacy, legacyStory + " and never terminated.");
        demo.Weakness("ec2-instance-not-paravirtual", legacy, legacyStory + "; it is a paravirtual m1.medium.");
        demo.Weakness("ec2-instance-imdsv2-required", legacy, legacyStory + "; its metadata options still allow IMDSv1.");
        demo.Weakness("ec2-ebs-attached-volume-encrypted", NetworkPart.Ec2Arn(dev, apse2, "volume", NetworkPart.Id("vol", legacyName + "-root")),
            legacyStory + "; its magnetic root volume was created before encryption by default and is unencrypted.");

        demo.UpdateRegion(dev, apse2, r => r with { EbsEncryptionByDefault = false });
        demo.Weakness("ec2-ebs-default-encryption-enabled", $"arn:aws:ec2:{apse2}:{dev}:ebs-encryption-by-default",
            "EBS encryption by default was never turned on in development ap-southeast-2, the region of the legacy reporting server.");
    }

    // ---- Snapshots ---------------------------------------------------------------------------------------------

    private static void AddSnapshots(DemoEstateBuilder demo)
    {
        foreach (var account in DemoAccounts.All)
        {
            foreach (var region in DemoAccounts.Regions)
            {
                var prefix = $"acme-{NetworkPart.Env(account)}-{NetworkPart.Short(region)}";
                var days = account == DemoAccounts.Prod ? 3 : 1;
                for (var d = 1; d <= days; d++)
                {
                    var source = $"{prefix}-batch-01-data";
                    var id = NetworkPart.Id("snap", $"{source}-{d}");
                    demo.Add(new EbsSnapshot
                    {
                        Arn = $"arn:aws:ec2:{region}::snapshot/{id}",
                        Name = $"{source}-nightly-{demo.Now.AddDays(-d):yyyy-MM-dd}",
                        AccountId = account,
                        Region = region,
                        SnapshotId = id,
                        VolumeId = NetworkPart.Id("vol", source),
                        Encrypted = true,
                        KmsKeyId = EbsKey(account, region),
                        StartTime = demo.Now.AddDays(-d).AddHours(-7),
                        Public = false,
                        Tags = NetworkPart.Tags(account, $"{source}-nightly", "platform"),
                    });
                }
            }
        }

        // A database seed snapshot made public so an agency could restore it.
        var dev = DemoAccounts.Dev;
        var use1 = DemoAccounts.UsEast1;
        var seed = NetworkPart.Id("snap", "acme-dev-use1-db-seed");
        var arn = $"arn:aws:ec2:{use1}::snapshot/{seed}";
        demo.Add(new EbsSnapshot
        {
            Arn = arn,
            Name = "acme-dev-db-seed-2026-06",
            AccountId = dev,
            Region = use1,
            SnapshotId = seed,
            VolumeId = NetworkPart.Id("vol", "acme-dev-use1-db-seed"),
            Encrypted = false,
            StartTime = demo.Now.AddDays(-160),
            Public = true,
            Tags = NetworkPart.Tags(dev, "acme-dev-db-seed", "analytics"),
        });
        demo.UpdateRegion(dev, use1, r => r with { SnapshotBlockPublicAccess = false });
        demo.Weakness("ec2-ebs-snapshot-not-public", arn,
            "An unencrypted database seed snapshot in development us-east-1 was made public so a design agency could restore it; block public access was switched off for it.");
    }

    // ---- SSM documents -----------------------------------------------------------------------------------------

    private static void AddDocuments(DemoEstateBuilder demo)
    {
        var prod = DemoAccounts.Prod;
        var dev = DemoAccounts.Dev;
        Document(demo, prod, DemoAccounts.UsEast1, "Acme-BootstrapLinux", "Command", [dev]);
        Document(demo, prod, DemoAccounts.UsEast1, "Acme-CollectDiagnostics", "Command", []);
        Document(demo, prod, DemoAccounts.UsEast1, "Acme-RestartAppService", "Automation", []);
        Document(demo, prod, DemoAccounts.EuWest1, "Acme-BootstrapLinux", "Command", [dev]);
        Document(demo, prod, DemoAccounts.ApSoutheast2, "Acme-BootstrapLinux", "Command", [dev]);
        Document(demo, dev, DemoAccounts.UsEast1, "Acme-DevResetDatabase", "Automation", []);
        var vendor = Document(demo, dev, DemoAccounts.EuWest1, "Acme-VendorAgentInstall", "Command", [], isPublic: true);
        demo.Weakness("ssm-document-not-public", vendor,
            "The development SSM document that installs a vendor agent, including its licence key, was shared publicly so the vendor could test it.");
    }

    private static string Document(DemoEstateBuilder demo, string account, string region, string name, string type, string[] sharedWith, bool isPublic = false)
    {
        var arn = $"arn:aws:ssm:{region}:{account}:document/{name}";
        demo.Add(new SsmDocument
        {
            Arn = arn,
            Name = name,
            AccountId = account,
            Region = region,
            DocumentType = type,
            Public = isPublic,
            SharedWithAccounts = sharedWith,
            Tags = NetworkPart.Tags(account, name, "platform"),
        });
        return arn;
    }
}
