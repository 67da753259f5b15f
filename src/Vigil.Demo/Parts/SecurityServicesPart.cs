using Vigil.Core.Model.Account;

namespace Vigil.Demo.Parts;

/// <summary>AWS Config, GuardDuty and Security Hub in every account and region: recording, detecting and
/// aggregating everywhere in production, with Runtime Monitoring's automated agent management for EC2, EKS and
/// Fargate. Weaknesses, all in the development account: ap-southeast-2 was forgotten (Config stopped, GuardDuty
/// suspended), eu-west-1 runs Config with a hand-made role, has Security Hub off and only the original GuardDuty
/// plans, and us-east-1 switched off Malware Protection and RDS Protection to save cost.</summary>
internal sealed class SecurityServicesPart : IDemoPart
{
    private static readonly Dictionary<string, string> AgentManagement = new()
    {
        ["EKS_ADDON_MANAGEMENT"] = "ENABLED",
        ["ECS_FARGATE_AGENT_MANAGEMENT"] = "ENABLED",
        ["EC2_AGENT_MANAGEMENT"] = "ENABLED",
    };

    public void Build(DemoEstateBuilder demo)
    {
        // Runtime Monitoring manages its security agent for every workload type everywhere.
        foreach (var account in DemoAccounts.All)
        {
            foreach (var region in DemoAccounts.Regions)
            {
                demo.UpdateRegion(account, region, r => r with
                {
                    GuardDuty = r.GuardDuty is null ? null : r.GuardDuty with { AdditionalConfigurations = AgentManagement },
                });
            }
        }

        var dev = DemoAccounts.Dev;
        var use1 = DemoAccounts.UsEast1;
        var euw1 = DemoAccounts.EuWest1;
        var apse2 = DemoAccounts.ApSoutheast2;

        // ap-southeast-2: the forgotten region.
        demo.UpdateRegion(dev, apse2, r => r with { Config = r.Config! with { Recording = false, LastStatus = null } });
        demo.Weakness("config-recorder-enabled", SettingArn("config", dev, apse2, "configuration-recorder"),
            "The AWS Config recorder of the development account in ap-southeast-2 was stopped during a cost review and never restarted.");
        demo.UpdateRegion(dev, apse2, r => r with { GuardDuty = r.GuardDuty! with { Status = "DISABLED" } });
        demo.Weakness("guardduty-enabled", SettingArn("guardduty", dev, apse2, "detector"),
            "The GuardDuty detector of the development account in ap-southeast-2 is suspended.");

        // eu-west-1: Config through a hand-made role, Security Hub never enabled, only the original GuardDuty plans.
        demo.UpdateRegion(dev, euw1, r => r with
        {
            Config = r.Config! with { RoleArn = $"arn:aws:iam::{dev}:role/acme-config-recorder" },
            SecurityHub = new SecurityHubStatus { Enabled = false },
        });
        demo.Weakness("config-recorder-service-linked-role", SettingArn("config", dev, euw1, "configuration-recorder"),
            "The AWS Config recorder of the development account in eu-west-1 uses the hand-made role acme-config-recorder instead of the service-linked role.");
        demo.Weakness("securityhub-enabled", SettingArn("securityhub", dev, euw1, "hub/default"),
            "Security Hub was never enabled for the development account in eu-west-1, which joined the organization after the rollout.");
        SwitchOff(demo, dev, euw1, ["S3_DATA_EVENTS", "EKS_AUDIT_LOGS", "LAMBDA_NETWORK_LOGS", "RUNTIME_MONITORING"]);
        const string original = "The GuardDuty detector of the development account in eu-west-1 predates the newer protection plans and has {0} off.";
        foreach (var (check, plan) in new[]
                 {
                     ("guardduty-s3-protection-enabled", "S3 Protection"),
                     ("guardduty-eks-audit-log-monitoring-enabled", "EKS Audit Log Monitoring"),
                     ("guardduty-lambda-protection-enabled", "Lambda Protection"),
                     ("guardduty-runtime-monitoring-enabled", "Runtime Monitoring"),
                     ("guardduty-eks-runtime-monitoring-enabled", "EKS Runtime Monitoring"),
                     ("guardduty-ecs-runtime-monitoring-enabled", "ECS Runtime Monitoring"),
                     ("guardduty-ec2-runtime-monitoring-enabled", "EC2 Runtime Monitoring"),
                 })
        {
            demo.Weakness(check, SettingArn("guardduty", dev, euw1, "detector"), string.Format(null, original, plan));
        }

        // us-east-1: two plans switched off to save cost.
        SwitchOff(demo, dev, use1, ["EBS_MALWARE_PROTECTION", "RDS_LOGIN_EVENTS"]);
        demo.Weakness("guardduty-ec2-malware-protection-enabled", SettingArn("guardduty", dev, use1, "detector"),
            "GuardDuty Malware Protection for EC2 was switched off in development us-east-1 to save cost.");
        demo.Weakness("guardduty-rds-protection-enabled", SettingArn("guardduty", dev, use1, "detector"),
            "GuardDuty RDS Protection was switched off in development us-east-1 to save cost.");
    }

    private static void SwitchOff(DemoEstateBuilder demo, string account, string region, string[] features) =>
        demo.UpdateRegion(account, region, r =>
        {
            var detector = r.GuardDuty!;
            var changed = detector.Features.ToDictionary(f => f.Key, f => features.Contains(f.Key) ? "DISABLED" : f.Value);
            return r with { GuardDuty = detector with { Features = changed } };
        });

    private static string SettingArn(string service, string account, string region, string setting) =>
        $"arn:aws:{service}:{region}:{account}:{setting}";
}
