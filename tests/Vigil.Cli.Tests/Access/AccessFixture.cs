using Vigil.Core.Model;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.Iam;
using Vigil.Core.Model.Organizations;
using Vigil.Core.Model.S3;

namespace Vigil.Cli.Tests.Access;

/// <summary>A member account with an SCP that denies s3:DeleteObject, a role the SCP blocks, a role limited by a
/// permissions boundary, an unrestricted role, and a bucket whose policy grants another account.</summary>
internal static class AccessFixture
{
    public const string AccountId = "111122223333";
    public const string Partner = "777788889999";
    public const string Deleter = $"arn:aws:iam::{AccountId}:role/deleter";
    public const string Bounded = $"arn:aws:iam::{AccountId}:role/bounded";
    public const string Reader = $"arn:aws:iam::{AccountId}:role/reader";

    private const string Boundary = $"arn:aws:iam::{AccountId}:policy/OnlyEc2";

    private static string Doc(string statement) => $$"""{"Version":"2012-10-17","Statement":[{{statement}}]}""";

    public static Snapshot Build() => new()
    {
        Accounts = [new Account { Arn = Account.ArnFor(AccountId), Name = "prod", AccountId = AccountId, OrganizationId = "o-fixture", OrganizationParents = ["r-fx", "ou-fx-apps"], IsOrganizationManagementAccount = false }],
        IamPolicies = [new ManagedPolicy { Arn = Boundary, Name = "OnlyEc2", AccountId = AccountId, Document = Doc("""{"Effect":"Allow","Action":"ec2:*","Resource":"*"}""") }],
        IamRoles =
        [
            new IamRole { Arn = Deleter, Name = "deleter", AccountId = AccountId, InlinePolicies = [new InlinePolicy("s3", Doc("""{"Sid":"S3Everything","Effect":"Allow","Action":"s3:*","Resource":"*"}"""))] },
            new IamRole { Arn = Bounded, Name = "bounded", AccountId = AccountId, PermissionsBoundaryArn = Boundary, InlinePolicies = [new InlinePolicy("all", Doc("""{"Sid":"Everything","Effect":"Allow","Action":"*","Resource":"*"}"""))] },
            new IamRole { Arn = Reader, Name = "reader", AccountId = AccountId, InlinePolicies = [new InlinePolicy("read", Doc("""{"Sid":"ReadShared","Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::shared-data/*","Condition":{"Bool":{"aws:SecureTransport":"true"}}}"""))] },
        ],
        S3Buckets =
        [
            new S3Bucket
            {
                Arn = "arn:aws:s3:::shared-data", Name = "shared-data", AccountId = AccountId, Region = "us-east-1",
                Policy = Doc($$"""{"Sid":"PartnerRead","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{Partner}}:root"},"Action":["s3:GetObject","s3:DeleteObject"],"Resource":"arn:aws:s3:::shared-data/*"}"""),
            },
        ],
        OrganizationPolicies =
        [
            new OrganizationPolicy { Arn = "arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess", Name = "FullAWSAccess", AccountId = "999900001111", PolicyType = OrganizationPolicy.ServiceControlPolicy, AwsManaged = true, Targets = ["r-fx", "ou-fx-apps", AccountId], Document = Doc("""{"Effect":"Allow","Action":"*","Resource":"*"}""") },
            new OrganizationPolicy { Arn = "arn:aws:organizations::999900001111:policy/o-fixture/service_control_policy/p-nodelete", Name = "NoDeletes", AccountId = "999900001111", PolicyType = OrganizationPolicy.ServiceControlPolicy, Targets = ["ou-fx-apps"], Document = Doc("""{"Sid":"NoObjectDeletes","Effect":"Deny","Action":"s3:DeleteObject","Resource":"*"}""") },
        ],
    };
}
