using Vigil.Core.Model.AutoScaling;
using Vigil.Core.Model.Ec2;
using Vigil.Core.Model.Iam;

namespace Vigil.Demo.Parts;

/// <summary>Privilege escalation through a launch template (technique 48) in the development account. The self-hosted
/// build runners are an Auto Scaling group that launches the acme-dev-build-runners template at $Latest; they run as
/// acme-dev-build-runner, which deploys with the Terraform administrator policy. The image pipeline rolls new AMIs out by
/// writing new versions of that template, so it can put its own user data on the next runner and act as an administrator.</summary>
internal sealed class LaunchTemplatePrivescPart : IDemoPart
{
    private const string Dev = DemoAccounts.Dev;
    private const string Region = DemoAccounts.UsEast1;
    private const string Runners = "acme-dev-build-runners";

    public void Build(DemoEstateBuilder demo)
    {
        var runner = Role(demo, "acme-dev-build-runner", "ec2.amazonaws.com", inline: null, $"arn:aws:iam::{Dev}:policy/AcmeDevTerraformAdmin");
        demo.Add(new InstanceProfile
        {
            Arn = $"arn:aws:iam::{Dev}:instance-profile/acme-dev-build-runner", Name = "acme-dev-build-runner", AccountId = Dev, RoleArns = [runner],
            Tags = NetworkPart.Tags(Dev, "acme-dev-build-runner", "platform"),
        });

        var templateId = NetworkPart.Id("lt", Runners);
        var template = NetworkPart.Ec2Arn(Dev, Region, "launch-template", templateId);
        demo.Add(new LaunchTemplate
        {
            Arn = template, Name = Runners, AccountId = Dev, Region = Region, LaunchTemplateId = templateId,
            DefaultVersionNumber = 12, LatestVersionNumber = 12,
            DefaultVersion = new LaunchTemplateData
            {
                VersionNumber = 12, MetadataHttpTokens = "required", MetadataHttpEndpoint = "enabled", IamInstanceProfileName = "acme-dev-build-runner",
                NetworkInterfaces = [new LaunchTemplateNetworkInterface { DeviceIndex = 0, AssociatePublicIpAddress = false }],
                EbsVolumes = [new LaunchTemplateEbsVolume { DeviceName = "/dev/xvda", Encrypted = true, KmsKeyId = $"arn:aws:kms:{Region}:{Dev}:alias/acme-ebs" }],
            },
            Tags = NetworkPart.Tags(Dev, Runners, "platform"),
        });
        demo.Add(new AutoScalingGroup
        {
            Arn = $"arn:aws:autoscaling:{Region}:{Dev}:autoScalingGroup:5b0e7c1a-3d2f-4e6a-9b8c-{templateId[3..15]}:autoScalingGroupName/{Runners}",
            Name = Runners, AccountId = Dev, Region = Region,
            LaunchTemplateId = templateId, LaunchTemplateName = Runners, LaunchTemplateVersion = "$Latest", HasMixedInstancesPolicy = true,
            InstanceTypes = ["c7g.xlarge", "c6g.xlarge"], AvailabilityZones = [Region + "a", Region + "b"], HealthCheckType = "EC2",
            Tags = NetworkPart.Tags(Dev, Runners, "platform"),
        });

        var pipeline = Role(demo, "acme-dev-image-pipeline", "imagebuilder.amazonaws.com", new InlinePolicy("roll-out-amis",
            $$"""{"Version":"2012-10-17","Statement":[{"Sid":"NewRunnerVersions","Effect":"Allow","Action":"ec2:CreateLaunchTemplateVersion","Resource":"{{template}}"},{"Sid":"ReadTemplates","Effect":"Allow","Action":["ec2:DescribeLaunchTemplates","ec2:DescribeLaunchTemplateVersions","ec2:DescribeImages"],"Resource":"*"}]}"""));
        demo.Weakness("iam-role-cannot-escalate-to-admin", pipeline,
            "The development image pipeline writes new versions of the build runners' launch template; the runners' Auto Scaling group launches $Latest as acme-dev-build-runner, which has the Terraform administrator policy, so a version with the pipeline's own user data runs as an administrator at the next scale-out.");
    }

    private static string Role(DemoEstateBuilder demo, string name, string service, InlinePolicy? inline, params string[] attached)
    {
        var arn = $"arn:aws:iam::{Dev}:role/{name}";
        demo.Add(new IamRole
        {
            Arn = arn, Name = name, AccountId = Dev,
            CreateDate = demo.Now.AddDays(-150),
            TrustPolicy = $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"{{service}}"},"Action":"sts:AssumeRole"}]}""",
            LastUsedDate = demo.Now.AddDays(-1), LastUsedRegion = Region, MaxSessionDuration = 3600,
            InlinePolicies = inline is null ? [] : [inline],
            AttachedPolicies = [.. attached.Select(a => new AttachedPolicy(a[(a.LastIndexOf('/') + 1)..], a))],
            InstanceProfileArns = service == "ec2.amazonaws.com" ? [$"arn:aws:iam::{Dev}:instance-profile/{name}"] : [],
            Tags = new Dictionary<string, string> { ["owner"] = "platform", ["environment"] = "development" },
        });
        return arn;
    }
}
