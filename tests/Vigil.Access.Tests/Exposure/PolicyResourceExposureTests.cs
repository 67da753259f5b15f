using Vigil.Access.Exposure;
using Vigil.Core.Model;
using Vigil.Core.Model.Backup;
using Vigil.Core.Model.Ecr;
using Vigil.Core.Model.Efs;
using Vigil.Core.Model.Kms;
using Vigil.Core.Model.Lambda;
using Vigil.Core.Model.SecretsManager;
using Vigil.Core.Model.Sns;
using Vigil.Core.Model.Sqs;
using static Vigil.Access.Tests.Exposure.ExposureEstate;

namespace Vigil.Access.Tests.Exposure;

public sealed class PolicyResourceExposureTests
{
    public static TheoryData<string, string> Kinds => new()
    {
        { "kms", "kms:Decrypt" },
        { "sqs", "sqs:SendMessage" },
        { "sns", "sns:Publish" },
        { "lambda", "lambda:InvokeFunction" },
        { "ecr", "ecr:BatchGetImage" },
        { "secretsmanager", "secretsmanager:GetSecretValue" },
        { "efs", "elasticfilesystem:ClientMount" },
        { "backup", "backup:CopyIntoBackupVault" },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Analyse_PolicyGrantingAStrangerAccount_ReportsItExternalWithTheAction(string kind, string action)
    {
        var (snapshot, arn) = Estate(kind, Policy(Allow(Account(Stranger), action, "*")));

        var grant = Assert.Single(Single(Analyse(snapshot), arn).Grants);
        Assert.Equal((ReachedBy.Account, Stranger, ExposureLabel.External), (grant.ReachedBy, grant.Account, grant.Label));
        Assert.Contains(action, Actions(grant));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Analyse_PolicyOfTheOwnAccountOnly_ReportsNothing(string kind, string action)
    {
        var (snapshot, _) = Estate(kind, Policy(Allow(Account(Owner), action, "*")));
        Assert.Empty(Analyse(snapshot).Resources);
    }

    [Fact]
    public void Analyse_SiblingAndTrustedAccounts_AreLabelledOrganizationAndTrusted()
    {
        var principals = $$"""{"AWS":["arn:aws:iam::{{Sibling}}:root","{{Trusted}}"]}""";
        var (snapshot, arn) = Estate("kms", Policy(Allow(principals, "kms:Decrypt", "*")));

        var grants = Single(Analyse(snapshot), arn).Grants;
        Assert.Equal(ExposureLabel.Organization, Assert.Single(grants, g => g.Account == Sibling).Label);
        Assert.Equal(ExposureLabel.Trusted, Assert.Single(grants, g => g.Account == Trusted).Label);
    }

    [Fact]
    public void Analyse_ServicePrincipalWithoutSourceCondition_IsReachableOnBehalfOfAnyAccount()
    {
        var (snapshot, arn) = Estate("sqs", Policy(Allow("""{"Service":"sns.amazonaws.com"}""", "sqs:SendMessage", "*")));

        var grant = Assert.Single(Single(Analyse(snapshot), arn).Grants);
        Assert.Equal((ReachedBy.Service, ExposureLabel.Public), (grant.ReachedBy, grant.Label));
    }

    [Fact]
    public void Analyse_ServicePrincipalLimitedToTheOwnAccount_ReportsNothing()
    {
        var condition = $$$"""{"StringEquals":{"aws:SourceAccount":"{{{Owner}}}"}}""";
        var (snapshot, _) = Estate("sqs", Policy(Allow("""{"Service":"sns.amazonaws.com"}""", "sqs:SendMessage", "*", condition)));
        Assert.Empty(Analyse(snapshot).Resources);
    }

    [Fact]
    public void Analyse_ServicePrincipalOnBehalfOfAStranger_IsExternalWithTheSourceCondition()
    {
        var condition = $$$"""{"ArnLike":{"aws:SourceArn":"arn:aws:sns:eu-west-1:{{{Stranger}}}:alerts"}}""";
        var (snapshot, arn) = Estate("sqs", Policy(Allow("""{"Service":"sns.amazonaws.com"}""", "sqs:SendMessage", "*", condition)));

        var grant = Assert.Single(Single(Analyse(snapshot), arn).Grants);
        Assert.Equal(ExposureLabel.External, grant.Label);
        Assert.Contains(grant.Conditions, c => c.Key == "aws:SourceArn");
    }

    [Fact]
    public void Analyse_OpenKeyPolicy_IsReachableByAnyAwsPrincipalButNotAnonymously()
    {
        var (snapshot, arn) = Estate("kms", Policy(Allow("\"*\"", "kms:*", "*")));

        var grant = Assert.Single(Single(Analyse(snapshot), arn).Grants);
        Assert.Equal(ReachedBy.AnyAwsPrincipal, grant.ReachedBy);
        Assert.Contains(grant.Actions, a => a.Level == "Permissions management" && a.Actions.Contains("kms:PutKeyPolicy"));
    }

    internal static (Core.Model.Snapshot Snapshot, string Arn) Estate(string kind, string policy)
    {
        const string region = "eu-west-1";
        Resource resource = kind switch
        {
            "kms" => new KmsKey { Arn = $"arn:aws:kms:{region}:{Owner}:key/k1", Name = "k1", KeyId = "k1", AccountId = Owner, Region = region, Policy = policy },
            "sqs" => new SqsQueue { Arn = $"arn:aws:sqs:{region}:{Owner}:jobs", Name = "jobs", QueueUrl = "https://sqs.eu-west-1.amazonaws.com/111122223333/jobs", AccountId = Owner, Region = region, Policy = policy },
            "sns" => new SnsTopic { Arn = $"arn:aws:sns:{region}:{Owner}:alerts", Name = "alerts", AccountId = Owner, Region = region, Policy = policy },
            "lambda" => new LambdaFunction { Arn = $"arn:aws:lambda:{region}:{Owner}:function:api", Name = "api", AccountId = Owner, Region = region, Policy = policy },
            "ecr" => new EcrRepository { Arn = $"arn:aws:ecr:{region}:{Owner}:repository/app", Name = "app", AccountId = Owner, Region = region, Policy = policy },
            "secretsmanager" => new Secret { Arn = $"arn:aws:secretsmanager:{region}:{Owner}:secret:db-AbCdEf", Name = "db", AccountId = Owner, Region = region, Policy = policy },
            "efs" => new EfsFileSystem { Arn = $"arn:aws:elasticfilesystem:{region}:{Owner}:file-system/fs-1", Name = "fs-1", FileSystemId = "fs-1", AccountId = Owner, Region = region, Policy = policy },
            _ => new BackupVault { Arn = $"arn:aws:backup:{region}:{Owner}:backup-vault:vault", Name = "vault", AccountId = Owner, Region = region, Policy = policy },
        };
        var snapshot = With(s => resource switch
        {
            KmsKey k => s with { KmsKeys = [k] },
            SqsQueue q => s with { SqsQueues = [q] },
            SnsTopic t => s with { SnsTopics = [t] },
            LambdaFunction f => s with { LambdaFunctions = [f] },
            EcrRepository r => s with { EcrRepositories = [r] },
            Secret x => s with { Secrets = [x] },
            EfsFileSystem e => s with { EfsFileSystems = [e] },
            BackupVault v => s with { BackupVaults = [v] },
            _ => s,
        });
        return (snapshot, resource.Arn);
    }
}
