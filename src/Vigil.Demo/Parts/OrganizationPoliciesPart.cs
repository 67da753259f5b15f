using Vigil.Core.Model.Organizations;

namespace Vigil.Demo.Parts;

/// <summary>Acme's organization (management account outside the demo): root r-acme, the workloads OU holding prod and
/// dev, FullAWSAccess everywhere, a root SCP that denies every Region Acme does not run in (global services excepted)
/// and one on the workloads OU that keeps CloudTrail running. RCPs are enabled with only RCPFullAWSAccess attached.</summary>
internal sealed class OrganizationPoliciesPart : IDemoPart
{
    private const string Management = "999900001111";
    private const string Organization = "o-acme1234ab";
    private const string Root = "r-acme";
    private const string Workloads = "ou-acme-workloads1";

    public void Build(DemoEstateBuilder demo)
    {
        foreach (var account in DemoAccounts.All) demo.UpdateAccount(account, a => a with { OrganizationParents = [Root, Workloads] });
        var everywhere = new[] { Root, Workloads }.Concat(DemoAccounts.All).ToList();
        var regions = string.Join(",", DemoAccounts.Regions.SelectMany(r => new[] { r, DataGovernancePart.DrRegion(r) }).Select(r => $"\"{r}\""));

        Add(demo, "p-FullAWSAccess", "FullAWSAccess", OrganizationPolicy.ServiceControlPolicy, awsManaged: true, everywhere,
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""");
        Add(demo, "p-acmeregions1", "AcmeDenyOtherRegions", OrganizationPolicy.ServiceControlPolicy, awsManaged: false, [Root],
            """{"Version":"2012-10-17","Statement":[{"Sid":"DenyOutsideAcmeRegions","Effect":"Deny","NotAction":["iam:*","organizations:*","sts:*","support:*","cloudfront:*","route53:*","waf:*","budgets:*","ce:*","health:*","trustedadvisor:*","account:*"],"Resource":"*","Condition":{"StringNotEquals":{"aws:RequestedRegion":[REGIONS]}}}]}""".Replace("REGIONS", regions, StringComparison.Ordinal));
        Add(demo, "p-acmetrail01", "AcmeProtectCloudTrail", OrganizationPolicy.ServiceControlPolicy, awsManaged: false, [Workloads],
            """{"Version":"2012-10-17","Statement":[{"Sid":"KeepCloudTrailOn","Effect":"Deny","Action":["cloudtrail:StopLogging","cloudtrail:DeleteTrail","cloudtrail:UpdateTrail","cloudtrail:PutEventSelectors"],"Resource":"*"}]}""");
        Add(demo, "p-RCPFullAWSAccess", "RCPFullAWSAccess", OrganizationPolicy.ResourceControlPolicy, awsManaged: true, everywhere,
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}""");
    }

    private static void Add(DemoEstateBuilder demo, string id, string name, string type, bool awsManaged, IReadOnlyList<string> targets, string document)
    {
        var kind = type == OrganizationPolicy.ServiceControlPolicy ? "service_control_policy" : "resource_control_policy";
        var owner = awsManaged ? "aws" : Management;
        var arn = awsManaged
            ? $"arn:aws:organizations::aws:policy/{kind}/{id}"
            : $"arn:aws:organizations::{owner}:policy/{Organization}/{kind}/{id}";
        demo.Add(new OrganizationPolicy
        {
            Arn = arn,
            Name = name,
            AccountId = Management,
            PolicyType = type,
            AwsManaged = awsManaged,
            Targets = targets,
            Document = document,
        });
    }
}
