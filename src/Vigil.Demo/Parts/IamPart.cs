using Vigil.Core.Model.Account;
using Vigil.Core.Model.Iam;

namespace Vigil.Demo.Parts;

/// <summary>IAM and account identity settings. Production is run by the platform team through groups, roles and
/// a support role; the development account was set up by hand before the landing zone and shows it: no root MFA,
/// a leftover root access key, a weak password policy, stale and doubled service keys, a console user without MFA.</summary>
internal sealed class IamPart : IDemoPart
{
    private const string Prod = DemoAccounts.Prod;
    private const string Dev = DemoAccounts.Dev;

    /// <summary>The AWS account of the contractor that migrated the development data platform in 2025; not an Acme account.</summary>
    private const string FormerContractor = "777788889999";

    private const string ReadOnlyAccess = "arn:aws:iam::aws:policy/ReadOnlyAccess";
    private const string ViewOnlyAccess = "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess";
    private const string SecurityAudit = "arn:aws:iam::aws:policy/SecurityAudit";
    private const string SupportAccess = "arn:aws:iam::aws:policy/AWSSupportAccess";
    private const string CloudShellFullAccess = "arn:aws:iam::aws:policy/AWSCloudShellFullAccess";
    private const string Ssm = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore";
    private const string CloudWatchAgent = "arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy";

    private readonly Dictionary<string, List<CredentialReportRow>> _reports = new(StringComparer.Ordinal)
    {
        [Prod] = [],
        [Dev] = [],
    };

    public void Build(DemoEstateBuilder demo)
    {
        Policies(demo);
        Groups(demo);
        ProdUsers(demo);
        DevUsers(demo);
        Roles(demo);
        Certificates(demo);
        AccountSettings(demo);
    }

    // ---- Customer managed policies ---------------------------------------------------------------------------

    private static void Policies(DemoEstateBuilder demo)
    {
        Policy(demo, Prod, "AcmeCiDeploy", attachments: 2, versions: 1, """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["cloudformation:CreateChangeSet","cloudformation:DescribeChangeSet","cloudformation:ExecuteChangeSet","cloudformation:DescribeStacks"],"Resource":"arn:aws:cloudformation:*:111122223333:stack/acme-*/*"},{"Effect":"Allow","Action":"s3:PutObject","Resource":"arn:aws:s3:::acme-prod-artifacts-111122223333/*"}]}""");
        Policy(demo, Prod, "AcmeBackupExport", attachments: 1, versions: 1, """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:ListBucket"],"Resource":["arn:aws:s3:::acme-prod-backups-111122223333","arn:aws:s3:::acme-prod-backups-111122223333/*"]}]}""");
        Policy(demo, Prod, "AcmeDataPlatformRead", attachments: 1, versions: 1, """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["athena:StartQueryExecution","athena:GetQueryResults","glue:GetTable","glue:GetTables","s3:GetObject"],"Resource":"*"}]}""");
        Policy(demo, Prod, "AcmeInstanceBase", attachments: 4, versions: 1, """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject"],"Resource":"arn:aws:s3:::acme-prod-artifacts-111122223333/*"}]}""");
        Policy(demo, Dev, "AcmeCiDeploy", attachments: 2, versions: 1, """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["cloudformation:CreateChangeSet","cloudformation:DescribeChangeSet","cloudformation:ExecuteChangeSet","cloudformation:DescribeStacks"],"Resource":"arn:aws:cloudformation:*:444455556666:stack/acme-*/*"}]}""");
        Policy(demo, Dev, "AcmeEtlSandbox", attachments: 1, versions: 1, """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:PutObject","s3:ListBucket"],"Resource":["arn:aws:s3:::acme-dev-raw-444455556666","arn:aws:s3:::acme-dev-raw-444455556666/*"]}]}""");
        Policy(demo, Dev, "ReportingReadOnly", attachments: 1, versions: 2, """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["athena:StartQueryExecution","athena:GetQueryResults","s3:GetObject"],"Resource":"*"}]}""");
        Policy(demo, Dev, "AcmeDevTerraformAdmin", attachments: 1, versions: 3, """{"Version":"2012-10-17","Statement":[{"Sid":"TerraformEverything","Effect":"Allow","Action":"*","Resource":"*"}]}""");
        demo.Weakness("iam-policy-no-full-admin", PolicyArn(Dev, "AcmeDevTerraformAdmin"),
            "AcmeDevTerraformAdmin, attached to the development ci-deployers group so Terraform could create anything, allows every action on every resource.");
        demo.Weakness("iam-policy-no-passrole-any", PolicyArn(Dev, "AcmeDevTerraformAdmin"),
            "AcmeDevTerraformAdmin's \"*\" grant includes iam:PassRole on every role, so a CI job can hand any development role to a Lambda function or an EC2 instance it launches.");
        demo.Weakness("iam-policy-no-service-wildcard", PolicyArn(Dev, "AcmeDevTerraformAdmin"),
            "AcmeDevTerraformAdmin allows every action of every service, not just the ones Terraform uses.");
        Policy(demo, Dev, "AcmeDevQueueWorker", attachments: 1, versions: 1, """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sqs:*","Resource":"arn:aws:sqs:*:444455556666:acme-dev-*"}]}""");
        demo.Weakness("iam-policy-no-service-wildcard", PolicyArn(Dev, "AcmeDevQueueWorker"),
            "AcmeDevQueueWorker, written in a hurry for the ETL workers, allows sqs:* on the development queues (including DeleteQueue and SetQueueAttributes) where the workers only receive and delete messages.");
        Policy(demo, Dev, "AcmeInstanceBase", attachments: 4, versions: 1, """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject"],"Resource":"arn:aws:s3:::acme-dev-artifacts-444455556666/*"}]}""");
    }

    private static void Policy(DemoEstateBuilder demo, string account, string name, int attachments, int versions, string document)
    {
        var created = demo.Now.AddDays(-400 - name.Length * 9);
        demo.Add(new ManagedPolicy
        {
            Arn = PolicyArn(account, name),
            Name = name,
            AccountId = account,
            DefaultVersionId = $"v{versions}",
            Document = document,
            AttachmentCount = attachments,
            Versions = [.. Enumerable.Range(1, versions).Select(v => new PolicyVersion($"v{v}", v == versions, document, created.AddDays(v * 30)))],
            Tags = Tags(account, "platform"),
        });
    }

    // ---- Groups -------------------------------------------------------------------------------------------------

    private static void Groups(DemoEstateBuilder demo)
    {
        Group(demo, Prod, "platform-engineers", ViewOnlyAccess, SupportAccess);
        Group(demo, Prod, "data-engineers", ViewOnlyAccess, PolicyArn(Prod, "AcmeDataPlatformRead"));
        Group(demo, Prod, "security-auditors", SecurityAudit, ViewOnlyAccess);
        Group(demo, Prod, "ci-deployers", PolicyArn(Prod, "AcmeCiDeploy"));
        Group(demo, Prod, "backup-exporters", PolicyArn(Prod, "AcmeBackupExport"));

        Group(demo, Dev, "developers", ReadOnlyAccess, CloudShellFullAccess);
        demo.Weakness("iam-cloudshell-full-access-restricted", Account.ArnFor(Dev),
            "The developers group of the development account has AWSCloudShellFullAccess, so every developer can move files in and out through CloudShell.");
        Group(demo, Dev, "ci-deployers", PolicyArn(Dev, "AcmeCiDeploy"), PolicyArn(Dev, "AcmeDevTerraformAdmin"));
        demo.Add(new IamGroup
        {
            Arn = $"arn:aws:iam::{Dev}:group/etl-services",
            Name = "etl-services",
            AccountId = Dev,
            AttachedPolicies = [Attached(PolicyArn(Dev, "AcmeEtlSandbox")), Attached(PolicyArn(Dev, "AcmeDevQueueWorker"))],
            InlinePolicies = [new InlinePolicy("temporary-debug", """{"Version":"2012-10-17","Statement":[{"Sid":"DebugEverythingButBilling","Effect":"Allow","NotAction":["aws-portal:*","billing:*"],"Resource":"*"}]}""")],
        });
        demo.Weakness("iam-inline-policy-no-full-admin", Account.ArnFor(Dev),
            "The etl-services group of the development account kept a 'temporary-debug' inline policy that allows everything except billing (NotAction), which is full administrative access.");
        demo.Weakness("iam-inline-policy-no-passrole-any", Account.ArnFor(Dev),
            "In the development account, the github-actions-deploy role's 'lambda-deploy' inline policy lets any workflow pass any role to the functions it creates, and the etl-services group's 'temporary-debug' policy allows iam:PassRole along with everything else.");
    }

    private static void Group(DemoEstateBuilder demo, string account, string name, params string[] policies) => demo.Add(new IamGroup
    {
        Arn = $"arn:aws:iam::{account}:group/{name}",
        Name = name,
        AccountId = account,
        AttachedPolicies = [.. policies.Select(Attached)],
    });

    // ---- Users -------------------------------------------------------------------------------------------------

    private void ProdUsers(DemoEstateBuilder demo)
    {
        Human(demo, Prod, "alice.nguyen", "platform-engineers", createdDaysAgo: 820, passwordUsedDaysAgo: 1, hardwareKey: true);
        Human(demo, Prod, "bob.martinez", "data-engineers", createdDaysAgo: 610, passwordUsedDaysAgo: 3);
        Human(demo, Prod, "carol.smith", "security-auditors", createdDaysAgo: 450, passwordUsedDaysAgo: 6, hardwareKey: true);
        Service(demo, Prod, "svc-ci-deploy", "ci-deployers", createdDaysAgo: 700, [new Key(RotatedDaysAgo: 34, UsedDaysAgo: 0)]);
        Service(demo, Prod, "svc-backup-export", "backup-exporters", createdDaysAgo: 520, [new Key(RotatedDaysAgo: 61, UsedDaysAgo: 1)]);
    }

    private void DevUsers(DemoEstateBuilder demo)
    {
        Human(demo, Dev, "dan.okafor", "developers", createdDaysAgo: 380, passwordUsedDaysAgo: 1);

        var erin = Human(demo, Dev, "erin.kim", "developers", createdDaysAgo: 140, passwordUsedDaysAgo: 2, mfa: false);
        demo.Weakness("iam-user-console-mfa-enabled", erin,
            "Developer erin.kim signs in to the development console every day with a password only; her MFA registration was skipped at onboarding.");

        var frank = Human(demo, Dev, "frank.li", "developers", createdDaysAgo: 900, passwordUsedDaysAgo: 70);
        demo.Weakness("iam-user-unused-credentials-disabled", frank,
            "Developer frank.li moved to the data science team 70 days ago, but his development console password is still enabled.");

        var grace = Human(demo, Dev, "grace.hall", "developers", createdDaysAgo: 20, passwordUsedDaysAgo: 3,
            keys: [new Key(RotatedDaysAgo: 20, UsedDaysAgo: null)]);
        demo.Weakness("iam-user-no-unused-initial-access-key", grace,
            "Console user grace.hall got an access key at onboarding 20 days ago that has never been used.");

        var etl = Service(demo, Dev, "svc-legacy-etl", "etl-services", createdDaysAgo: 1100, [new Key(RotatedDaysAgo: 412, UsedDaysAgo: 203)]);
        demo.Weakness("iam-user-access-keys-rotated", etl,
            "The access key of the retired legacy ETL service user is 412 days old and was never rotated.");
        demo.Weakness("iam-user-unused-credentials-disabled", etl,
            "The access key of svc-legacy-etl has not been used for 203 days but is still active.");
        demo.Weakness("iam-user-unused-credentials-removed", etl,
            "The access key of svc-legacy-etl, unused for 203 days since the ETL moved to Lambda, was never deleted.");

        var sync = Service(demo, Dev, "svc-data-sync", "etl-services", createdDaysAgo: 300,
            [new Key(RotatedDaysAgo: 80, UsedDaysAgo: 1), new Key(RotatedDaysAgo: 9, UsedDaysAgo: 0)]);
        demo.Weakness("iam-user-single-active-access-key", sync,
            "A key rotation of svc-data-sync stopped half-way: the old and the new access key are both active and both in use.");

        var reporting = Service(demo, Dev, "svc-reporting", group: null, createdDaysAgo: 240, [new Key(RotatedDaysAgo: 33, UsedDaysAgo: 1)],
            attached: [PolicyArn(Dev, "ReportingReadOnly")]);
        demo.Weakness("iam-user-no-direct-policies", reporting,
            "The reporting service user has the ReportingReadOnly policy attached directly instead of through a group.");
    }

    private sealed record Key(int RotatedDaysAgo, int? UsedDaysAgo, bool Active = true);

    private string Human(DemoEstateBuilder demo, string account, string name, string group, int createdDaysAgo, int passwordUsedDaysAgo,
        bool mfa = true, bool hardwareKey = false, Key[]? keys = null)
    {
        MfaDevice[] devices = !mfa ? [] : hardwareKey
            ? [new MfaDevice { SerialNumber = $"arn:aws:iam::{account}:u2f/user/{name}/yubikey-{Code(name, 8)}", IsVirtual = false, EnableDate = demo.Now.AddDays(-createdDaysAgo + 1) }]
            : [new MfaDevice { SerialNumber = $"arn:aws:iam::{account}:mfa/{name}", IsVirtual = true, EnableDate = demo.Now.AddDays(-createdDaysAgo + 1) }];
        return AddUser(demo, account, name, group, createdDaysAgo, passwordUsedDaysAgo, devices, keys ?? [], [], "/people/");
    }

    private string Service(DemoEstateBuilder demo, string account, string name, string? group, int createdDaysAgo, Key[] keys, string[]? attached = null) =>
        AddUser(demo, account, name, group, createdDaysAgo, passwordUsedDaysAgo: null, [], keys, attached ?? [], "/service/");

    private string AddUser(DemoEstateBuilder demo, string account, string name, string? group, int createdDaysAgo, int? passwordUsedDaysAgo,
        MfaDevice[] mfa, Key[] keys, string[] attached, string path)
    {
        var arn = $"arn:aws:iam::{account}:user{path}{name}";
        var created = demo.Now.AddDays(-createdDaysAgo);
        var accessKeys = keys.Select((k, i) => new AccessKey
        {
            AccessKeyId = "AKIA" + Code(name + i, 16),
            Status = k.Active ? "Active" : "Inactive",
            CreateDate = demo.Now.AddDays(-k.RotatedDaysAgo),
            LastUsedDate = k.UsedDaysAgo is { } used ? demo.Now.AddDays(-used).AddHours(-3) : null,
            LastUsedService = k.UsedDaysAgo is null ? null : "s3",
        }).ToList();
        demo.Add(new IamUser
        {
            Arn = arn,
            Name = name,
            AccountId = account,
            UserId = "AIDA" + Code(name, 17),
            Path = path,
            CreateDate = created,
            HasConsolePassword = passwordUsedDaysAgo is not null,
            PasswordLastUsed = passwordUsedDaysAgo is { } p ? demo.Now.AddDays(-p).AddHours(-5) : null,
            MfaDevices = mfa,
            AccessKeys = accessKeys,
            Groups = group is null ? [] : [group],
            AttachedPolicies = [.. attached.Select(Attached)],
            Tags = Tags(account, path == "/people/" ? "engineering" : "platform"),
        });
        _reports[account].Add(new CredentialReportRow
        {
            User = name,
            Arn = arn,
            UserCreationTime = created,
            PasswordEnabled = passwordUsedDaysAgo is not null,
            PasswordLastUsed = passwordUsedDaysAgo is { } used ? demo.Now.AddDays(-used).AddHours(-5) : null,
            PasswordLastChanged = passwordUsedDaysAgo is null ? null : created.AddDays(1),
            MfaActive = mfa.Length > 0,
            AccessKey1 = accessKeys.Count > 0 ? Info(accessKeys[0]) : null,
            AccessKey2 = accessKeys.Count > 1 ? Info(accessKeys[1]) : null,
        });
        return arn;
    }

    private static AccessKeyInfo Info(AccessKey key) => new() { Active = key.IsActive, LastRotated = key.CreateDate, LastUsed = key.LastUsedDate };

    // ---- Roles and instance profiles ---------------------------------------------------------------------------

    private static void Roles(DemoEstateBuilder demo)
    {
        foreach (var account in DemoAccounts.All)
        {
            Role(demo, account, "VigilAudit", TrustRole($"arn:aws:iam::{Prod}:role/vigil-scanner"), lastUsedDaysAgo: 0, SecurityAudit, ViewOnlyAccess);
            var github = Role(demo, account, "github-actions-deploy", TrustGitHub(account, pinRepository: account == Prod), lastUsedDaysAgo: 1,
                inline: account == Dev ? [new InlinePolicy("lambda-deploy", LambdaDeploy)] : [], PolicyArn(account, "AcmeCiDeploy"));
            if (account == Dev)
            {
                demo.Weakness("iam-role-trust-not-public", github,
                    "The development github-actions-deploy role trusts GitHub's OIDC provider for the sts.amazonaws.com audience only, with no condition on the token's subject, so a workflow in any GitHub repository can assume it.");
            }
            foreach (var kind in new[] { "web", "app", "batch", "bastion" })
            {
                var name = $"acme-{kind}-instance";
                var roleArn = Role(demo, account, name, TrustService("ec2.amazonaws.com"), lastUsedDaysAgo: 0, Ssm, CloudWatchAgent, PolicyArn(account, "AcmeInstanceBase"));
                demo.Add(new InstanceProfile
                {
                    Arn = $"arn:aws:iam::{account}:instance-profile/{name}",
                    Name = name,
                    AccountId = account,
                    RoleArns = [roleArn],
                    Tags = Tags(account, "platform"),
                });
            }
            ServiceLinked(demo, account, "config.amazonaws.com", "AWSServiceRoleForConfig", "AWSConfigServiceRolePolicy");
            ServiceLinked(demo, account, "support.amazonaws.com", "AWSServiceRoleForSupport", "AWSSupportServiceRolePolicy");
            ServiceLinked(demo, account, "trustedadvisor.amazonaws.com", "AWSServiceRoleForTrustedAdvisor", "AWSTrustedAdvisorServiceRolePolicy");
            ServiceLinked(demo, account, "elasticloadbalancing.amazonaws.com", "AWSServiceRoleForElasticLoadBalancing", "AWSElasticLoadBalancingServiceRolePolicy");
            ServiceLinked(demo, account, "access-analyzer.amazonaws.com", "AWSServiceRoleForAccessAnalyzer", "AccessAnalyzerServiceRolePolicy");
            if (account == Prod)
            {
                Role(demo, account, "aws-support", TrustRole($"arn:aws:iam::{account}:root", requireMfa: true), lastUsedDaysAgo: 12, SupportAccess);
                ServiceLinked(demo, account, "rds.amazonaws.com", "AWSServiceRoleForRDS", "AmazonRDSServiceRolePolicy");
            }
            else
            {
                // The hand-made role the development Config recorder uses in eu-west-1.
                Role(demo, account, "acme-config-recorder", TrustService("config.amazonaws.com"), lastUsedDaysAgo: 0, "arn:aws:iam::aws:policy/service-role/AWS_ConfigRole");
                var contractor = Role(demo, account, "acme-migration-contractor", TrustRole($"arn:aws:iam::{FormerContractor}:root", requireMfa: true), lastUsedDaysAgo: 41, ReadOnlyAccess);
                demo.Weakness("iam-role-trust-known-accounts", contractor,
                    $"The role made for the 2025 data-migration contractor still trusts the contractor's AWS account {FormerContractor}, which is neither an Acme account nor an approved vendor.");
            }
        }
        demo.Weakness("iam-support-role-exists", Account.ArnFor(Dev),
            "The development account has no role with AWSSupportAccess, so opening a support case during an incident needs an administrator.");
    }

    private static string Role(DemoEstateBuilder demo, string account, string name, string trust, int lastUsedDaysAgo, params string[] policies) =>
        Role(demo, account, name, trust, lastUsedDaysAgo, [], policies);

    private static string Role(DemoEstateBuilder demo, string account, string name, string trust, int lastUsedDaysAgo, InlinePolicy[] inline, params string[] policies)
    {
        var arn = $"arn:aws:iam::{account}:role/{name}";
        demo.Add(new IamRole
        {
            Arn = arn,
            Name = name,
            AccountId = account,
            CreateDate = demo.Now.AddDays(-300 - name.Length * 11),
            TrustPolicy = trust,
            LastUsedDate = demo.Now.AddDays(-lastUsedDaysAgo).AddHours(-2),
            LastUsedRegion = DemoAccounts.UsEast1,
            MaxSessionDuration = 3600,
            AttachedPolicies = [.. policies.Select(Attached)],
            InlinePolicies = inline,
            Tags = Tags(account, "platform"),
        });
        return arn;
    }

    private static void ServiceLinked(DemoEstateBuilder demo, string account, string service, string name, string policy)
    {
        var path = $"/aws-service-role/{service}/";
        demo.Add(new IamRole
        {
            Arn = $"arn:aws:iam::{account}:role{path}{name}",
            Name = name,
            AccountId = account,
            Path = path,
            CreateDate = demo.Now.AddDays(-1200),
            TrustPolicy = TrustService(service),
            LastUsedDate = demo.Now.AddDays(-1),
            LastUsedRegion = DemoAccounts.UsEast1,
            MaxSessionDuration = 3600,
            AttachedPolicies = [Attached($"arn:aws:iam::aws:policy/aws-service-role/{policy}")],
        });
    }

    private static string TrustService(string service) =>
        $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"{{service}}"},"Action":"sts:AssumeRole"}]}""";

    private static string TrustRole(string principal, bool requireMfa = false) => requireMfa
        ? """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"PRINCIPAL"},"Action":"sts:AssumeRole","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}""".Replace("PRINCIPAL", principal, StringComparison.Ordinal)
        : """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"PRINCIPAL"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-acme1234ab"}}}]}""".Replace("PRINCIPAL", principal, StringComparison.Ordinal);

    private static string TrustGitHub(string account, bool pinRepository) => (pinRepository
        ? """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::ACCOUNT:oidc-provider/token.actions.githubusercontent.com"},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com"},"StringLike":{"token.actions.githubusercontent.com:sub":"repo:acme-analytics/*:ref:refs/heads/main"}}}]}"""
        : """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::ACCOUNT:oidc-provider/token.actions.githubusercontent.com"},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com"}}}]}""")
        .Replace("ACCOUNT", account, StringComparison.Ordinal);

    private const string LambdaDeploy =
        """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["lambda:CreateFunction","lambda:UpdateFunctionCode","lambda:UpdateFunctionConfiguration"],"Resource":"arn:aws:lambda:*:444455556666:function:acme-*"},{"Effect":"Allow","Action":"iam:PassRole","Resource":"*"}]}""";

    // ---- Server certificates -----------------------------------------------------------------------------------

    private static void Certificates(DemoEstateBuilder demo)
    {
        Certificate(demo, Prod, "partner-api-acme-example-2027", uploadedDaysAgo: 145, expiresInDays: 220);
        Certificate(demo, Dev, "dev-tools-acme-example-2027", uploadedDaysAgo: 60, expiresInDays: 305);
        var expired = Certificate(demo, Dev, "dev-api-acme-example-2026", uploadedDaysAgo: 410, expiresInDays: -44);
        demo.Weakness("iam-server-certificate-not-expired", expired,
            "The development API's old certificate dev-api-acme-example-2026 expired 44 days ago but is still stored in IAM.");
    }

    private static string Certificate(DemoEstateBuilder demo, string account, string name, int uploadedDaysAgo, int expiresInDays)
    {
        var arn = $"arn:aws:iam::{account}:server-certificate/{name}";
        demo.Add(new ServerCertificate
        {
            Arn = arn,
            Name = name,
            AccountId = account,
            UploadDate = demo.Now.AddDays(-uploadedDaysAgo),
            Expiration = demo.Now.AddDays(expiresInDays),
            Tags = Tags(account, "platform"),
        });
        return arn;
    }

    // ---- Account-level identity settings -----------------------------------------------------------------------

    private void AccountSettings(DemoEstateBuilder demo)
    {
        demo.UpdateAccount(Prod, a => a with
        {
            CredentialReport = [RootRow(demo, Prod, mfa: true, key: null), .. _reports[Prod]],
        });

        var legacyRootKey = new AccessKeyInfo { Active = true, LastRotated = demo.Now.AddDays(-1340), LastUsed = demo.Now.AddDays(-38) };
        demo.UpdateAccount(Dev, a => a with
        {
            RootMfaEnabled = false,
            RootHardwareMfaEnabled = false,
            RootAccessKeysPresent = true,
            PasswordPolicy = new PasswordPolicy
            {
                MinimumPasswordLength = 8,
                RequireSymbols = false,
                RequireNumbers = true,
                RequireUppercaseCharacters = true,
                RequireLowercaseCharacters = true,
                AllowUsersToChangePassword = true,
                PasswordReusePrevention = null,
            },
            SecurityContact = AlternateContact.NotRegistered,
            CredentialReport = [RootRow(demo, Dev, mfa: false, key: legacyRootKey), .. _reports[Dev]],
        });
        var dev = Account.ArnFor(Dev);
        demo.Weakness("iam-root-mfa-enabled", dev,
            "The development account's root user lost its virtual MFA device with an old phone and it was never re-registered.");
        demo.Weakness("iam-root-hardware-mfa-enabled", dev,
            "The development account's root user has no hardware MFA device (it has no MFA at all).");
        demo.Weakness("iam-root-access-keys-absent", dev,
            "A root access key created when the development account was bootstrapped 1340 days ago is still active and was used 38 days ago.");
        demo.Weakness("iam-password-policy-min-length", dev,
            "The development account's password policy, set by hand before the landing zone, requires only 8 characters.");
        demo.Weakness("iam-password-policy-reuse-prevention", dev,
            "The development account's password policy lets users reuse their previous passwords.");
        demo.Weakness("iam-password-policy-complexity", dev,
            "The development account's password policy does not require symbols.");
        demo.Weakness("account-security-contact-registered", dev,
            "The development account has no security alternate contact, so AWS security notices go only to the root mailbox.");

        // ap-southeast-2 of the development account has only an unused-access analyzer; the external one was deleted.
        demo.UpdateRegion(Dev, DemoAccounts.ApSoutheast2, r => r with
        {
            AccessAnalyzers =
            [
                new AccessAnalyzerInfo
                {
                    Arn = $"arn:aws:access-analyzer:{DemoAccounts.ApSoutheast2}:{Dev}:analyzer/unused-access",
                    Name = "unused-access",
                    Type = "ACCOUNT_UNUSED_ACCESS",
                    Status = "ACTIVE",
                },
            ],
        });
        demo.Weakness("iam-external-access-analyzer-enabled", $"arn:aws:iam:{DemoAccounts.ApSoutheast2}:{Dev}:external-access-analyzer",
            "The external access analyzer of the development account in ap-southeast-2 was deleted during a cost clean-up; only the unused-access analyzer remains.");
    }

    private static CredentialReportRow RootRow(DemoEstateBuilder demo, string account, bool mfa, AccessKeyInfo? key) => new()
    {
        User = CredentialReportRow.RootUser,
        Arn = Account.ArnFor(account),
        UserCreationTime = demo.Now.AddDays(-1400),
        PasswordEnabled = true,
        PasswordLastUsed = demo.Now.AddDays(-97),
        PasswordLastChanged = demo.Now.AddDays(-600),
        MfaActive = mfa,
        AccessKey1 = key,
    };

    // ---- Helpers -------------------------------------------------------------------------------------------------

    private static string PolicyArn(string account, string name) => $"arn:aws:iam::{account}:policy/{name}";

    private static AttachedPolicy Attached(string arn) => new(arn[(arn.LastIndexOf('/') + 1)..], arn);

    private static Dictionary<string, string> Tags(string account, string owner) => new()
    {
        ["owner"] = owner,
        ["environment"] = account == Prod ? "production" : "development",
        ["managed-by"] = "terraform",
    };

    /// <summary>A stable pseudo-random upper-case code (FNV-1a of the seed) for key ids, user ids and serials.</summary>
    private static string Code(string seed, int length)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var hash = 2166136261u;
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            foreach (var c in seed) hash = (hash ^ c) * 16777619u;
            hash = (hash ^ (uint)i) * 16777619u;
            chars[i] = alphabet[(int)(hash % 32)];
        }
        return new string(chars);
    }
}
