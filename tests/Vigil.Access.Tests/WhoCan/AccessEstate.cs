using Vigil.Core.Model;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.Iam;
using Vigil.Core.Model.Organizations;
using Vigil.Core.Model.S3;

namespace Vigil.Access.Tests.WhoCan;

/// <summary>One member account of an organization: users through a group, a boundary-limited role, a role an SCP blocks
/// from deleting objects, and a bucket whose policy grants another account, a service and (conditionally) everyone.</summary>
internal static class AccessEstate
{
    public const string AccountId = "111122223333";
    public const string Partner = "444455556666";
    public const string Bucket = "arn:aws:s3:::reports";
    public const string Alice = $"arn:aws:iam::{AccountId}:user/alice";
    public const string Bob = $"arn:aws:iam::{AccountId}:user/bob";
    public const string Limited = $"arn:aws:iam::{AccountId}:role/limited";
    public const string Writer = $"arn:aws:iam::{AccountId}:role/writer";
    public const string Readers = $"arn:aws:iam::{AccountId}:group/readers";
    public const string BoundaryArn = $"arn:aws:iam::{AccountId}:policy/Ec2Only";

    public static string Doc(string statements) => $$"""{"Version":"2012-10-17","Statement":[{{statements}}]}""";

    public static string Allow(string action, string resource = "*") =>
        Doc($$"""{"Effect":"Allow","Action":"{{action}}","Resource":"{{resource}}"}""");

    public static Snapshot Build(string? bucketPolicy = null, bool unreadablePolicy = false) => new()
    {
        Accounts = [new Account { Arn = Account.ArnFor(AccountId), Name = "prod", AccountId = AccountId, OrganizationId = "o-abc", OrganizationParents = ["r-root", "ou-prod"], IsOrganizationManagementAccount = false }],
        IamPolicies = [new ManagedPolicy { Arn = BoundaryArn, Name = "Ec2Only", AccountId = AccountId, Document = Allow("ec2:*") }],
        IamGroups =
        [
            new IamGroup
            {
                Arn = Readers, Name = "readers", AccountId = AccountId,
                InlinePolicies = [new InlinePolicy("read", Doc("""{"Sid":"ReadReports","Effect":"Allow","Action":["s3:GetObject","s3:ListBucket"],"Resource":["arn:aws:s3:::reports","arn:aws:s3:::reports/*"]}"""))],
            },
        ],
        IamUsers =
        [
            new IamUser { Arn = Alice, Name = "alice", AccountId = AccountId, Groups = ["readers"] },
            new IamUser { Arn = Bob, Name = "bob", AccountId = AccountId, InlinePolicies = [new InlinePolicy("mfa", Doc("""{"Sid":"WithMfa","Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}"""))] },
        ],
        IamRoles =
        [
            new IamRole { Arn = Limited, Name = "limited", AccountId = AccountId, PermissionsBoundaryArn = BoundaryArn, InlinePolicies = [new InlinePolicy("all", Allow("*"))],
                TrustPolicy = Doc("""{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}""") },
            new IamRole { Arn = Writer, Name = "writer", AccountId = AccountId, InlinePolicies = [new InlinePolicy("s3", Allow("s3:*"))],
                TrustPolicy = Doc("""{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::PARTNER:root"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:ExternalId":"x1"}}}""".Replace("PARTNER", Partner, StringComparison.Ordinal)) },
        ],
        S3Buckets = [new S3Bucket { Arn = Bucket, Name = "reports", AccountId = AccountId, Region = "us-east-1", Policy = bucketPolicy, Unreadable = unreadablePolicy ? ["Policy"] : [] }],
        OrganizationPolicies =
        [
            new OrganizationPolicy { Arn = "arn:aws:organizations::999:policy/o-abc/service_control_policy/p-full", Name = "FullAWSAccess", AccountId = "999", PolicyType = OrganizationPolicy.ServiceControlPolicy, Document = Allow("*"), Targets = ["r-root", "ou-prod", AccountId], AwsManaged = true },
            new OrganizationPolicy { Arn = "arn:aws:organizations::999:policy/o-abc/service_control_policy/p-nodelete", Name = "NoDeletes", AccountId = "999", PolicyType = OrganizationPolicy.ServiceControlPolicy, Document = Doc("""{"Sid":"NoDelete","Effect":"Deny","Action":"s3:DeleteObject","Resource":"*"}"""), Targets = ["ou-prod"] },
        ],
    };
}
