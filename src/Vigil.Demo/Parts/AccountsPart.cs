using Vigil.Core.Model.Account;
using Vigil.Core.Model.S3;

namespace Vigil.Demo.Parts;

/// <summary>The two accounts and their regional settings, all well configured; service parts add their own
/// weaknesses to these records with <see cref="DemoEstateBuilder.UpdateAccount"/> and <see cref="DemoEstateBuilder.UpdateRegion"/>.</summary>
internal sealed class AccountsPart : IDemoPart
{
    public void Build(DemoEstateBuilder demo)
    {
        foreach (var region in DemoAccounts.Regions) demo.Snapshot.Region(region);
        foreach (var accountId in DemoAccounts.All)
        {
            demo.Add(new Account
            {
                Arn = Account.ArnFor(accountId),
                Name = DemoAccounts.NameOf(accountId),
                AccountId = accountId,
                OrganizationId = "o-acme1234ab",
                IsOrganizationManagementAccount = false,
                RootMfaEnabled = true,
                RootHardwareMfaEnabled = true,
                RootAccessKeysPresent = false,
                PasswordPolicy = new PasswordPolicy
                {
                    MinimumPasswordLength = 16,
                    RequireSymbols = true,
                    RequireNumbers = true,
                    RequireUppercaseCharacters = true,
                    RequireLowercaseCharacters = true,
                    AllowUsersToChangePassword = true,
                    MaxPasswordAge = 90,
                    PasswordReusePrevention = 24,
                },
                SecurityContact = new AlternateContact { Name = "Acme Security", Title = "CISO office", EmailAddress = "security@acme.example", PhoneNumber = "+1-555-0100" },
                OperationsContact = new AlternateContact { Name = "Acme Platform", Title = "SRE", EmailAddress = "sre@acme.example", PhoneNumber = "+1-555-0101" },
                BillingContact = new AlternateContact { Name = "Acme Finance", Title = "Controller", EmailAddress = "finance@acme.example", PhoneNumber = "+1-555-0102" },
                S3PublicAccessBlock = new PublicAccessBlock { BlockPublicAcls = true, IgnorePublicAcls = true, BlockPublicPolicy = true, RestrictPublicBuckets = true },
                Tags = new Dictionary<string, string> { ["owner"] = "platform", ["environment"] = accountId == DemoAccounts.Prod ? "production" : "development" },
            });

            foreach (var region in DemoAccounts.Regions)
            {
                demo.Add(new AccountRegion
                {
                    Arn = AccountRegion.ArnFor(accountId, region),
                    Name = region,
                    AccountId = accountId,
                    Region = region,
                    EbsEncryptionByDefault = true,
                    SnapshotBlockPublicAccess = true,
                    ImageBlockPublicAccess = true,
                    AccessAnalyzers =
                    [
                        new AccessAnalyzerInfo { Arn = $"arn:aws:access-analyzer:{region}:{accountId}:analyzer/external", Name = "external", Type = "ACCOUNT", Status = "ACTIVE" },
                    ],
                    GuardDuty = new GuardDutyDetector
                    {
                        DetectorId = $"gd{accountId[..4]}{region.Replace("-", "", StringComparison.Ordinal)}",
                        Status = "ENABLED",
                        Features = new Dictionary<string, string>
                        {
                            ["S3_DATA_EVENTS"] = "ENABLED",
                            ["EKS_AUDIT_LOGS"] = "ENABLED",
                            ["EBS_MALWARE_PROTECTION"] = "ENABLED",
                            ["RDS_LOGIN_EVENTS"] = "ENABLED",
                            ["LAMBDA_NETWORK_LOGS"] = "ENABLED",
                            ["RUNTIME_MONITORING"] = "ENABLED",
                        },
                    },
                    SecurityHub = new SecurityHubStatus
                    {
                        Enabled = true,
                        EnabledStandards = ["aws-foundational-security-best-practices/v/1.0.0", "cis-aws-foundations-benchmark/v/5.0.0"],
                    },
                    Config = new ConfigRecorderStatus
                    {
                        RecorderName = "default",
                        Recording = true,
                        AllSupported = true,
                        IncludeGlobalResourceTypes = region == DemoAccounts.UsEast1,
                        RoleArn = $"arn:aws:iam::{accountId}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig",
                        DeliveryChannelConfigured = true,
                        LastStatus = "SUCCESS",
                    },
                });
            }
        }
    }
}
