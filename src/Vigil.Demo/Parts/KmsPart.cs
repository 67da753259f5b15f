using Vigil.Core.Model.Kms;

namespace Vigil.Demo.Parts;

/// <summary>KMS keys of Acme Analytics: customer managed keys per purpose (S3 data, RDS, CloudTrail, logs, backups)
/// in each account and region, AWS managed keys, and an asymmetric key that signs release artefacts. Weaknesses:
/// a partner-exchange key created without rotation, and a legacy ETL key in the development account scheduled for
/// deletion although an old pipeline still references it. Key policies: the partner-exchange key is shared with the
/// partner's whole account, and a dev key for sharing AMIs is open to every AWS account.</summary>
internal sealed class KmsPart : IDemoPart
{
    private const string Prod = DemoAccounts.Prod;
    private const string Dev = DemoAccounts.Dev;
    private const string UsEast1 = DemoAccounts.UsEast1;
    private const string EuWest1 = DemoAccounts.EuWest1;
    private const string ApSoutheast2 = DemoAccounts.ApSoutheast2;

    /// <summary>The key id of a demo key: deterministic, shaped like a KMS key id.</summary>
    public static string KeyId(string accountId, string region, string alias)
    {
        // FNV-1a, so that the id is stable across runs (string.GetHashCode is randomised per process).
        var hash = 2166136261u;
        foreach (var c in $"{accountId}/{region}/{alias}") hash = (hash ^ c) * 16777619u;
        return $"{hash:x8}-{hash >> 16:x4}-4{hash & 0xfff:x3}-8{(hash >> 8) & 0xfff:x3}-{accountId}";
    }

    /// <summary>The ARN of the demo key with <paramref name="alias"/> (without "alias/"), for the parts that encrypt with it.</summary>
    public static string KeyArn(string accountId, string region, string alias) =>
        $"arn:aws:kms:{region}:{accountId}:key/{KeyId(accountId, region, alias)}";

    public void Build(DemoEstateBuilder demo)
    {
        Customer(demo, Prod, UsEast1, "acme-s3-data", "data-platform", "confidential");
        Customer(demo, Prod, UsEast1, "acme-rds", "data-platform", "confidential");
        Customer(demo, Prod, UsEast1, "acme-logs", "platform", "internal");
        Customer(demo, Prod, UsEast1, "acme-cloudtrail", "security", "restricted");
        Customer(demo, Prod, UsEast1, "acme-backup", "platform", "confidential");
        AwsManaged(demo, Prod, UsEast1, "aws/s3");
        AwsManaged(demo, Prod, UsEast1, "aws/rds");
        Customer(demo, Prod, EuWest1, "acme-s3-data", "data-platform", "confidential");
        Customer(demo, Prod, EuWest1, "acme-rds", "data-platform", "confidential");
        AwsManaged(demo, Prod, EuWest1, "aws/s3");
        Customer(demo, Prod, ApSoutheast2, "acme-rds", "data-platform", "confidential");
        foreach (var region in DemoAccounts.Regions) Customer(demo, Dev, region, "acme-dev-data", "platform", "internal");
        AwsManaged(demo, Dev, UsEast1, "aws/s3");

        demo.Add(Key(Prod, UsEast1, "acme-release-signing", "platform", "restricted") with
        {
            KeySpec = "ECC_NIST_P256",
            KeyUsage = "SIGN_VERIFY",
            RotationEnabled = false,
        });

        var partner = demo.Add(Key(Prod, UsEast1, "acme-partner-exchange", "data-platform", "confidential") with
        {
            RotationEnabled = false,
            Policy = PartnerKeyPolicy(Prod),
        });
        demo.Weakness("kms-key-rotation-enabled", partner.Arn,
            "The key that encrypts files exchanged with a partner was created by hand without automatic rotation, so its key material has not changed since 2023.");
        demo.Weakness("kms-key-policy-no-foreign-account-access", partner.Arn,
            "The partner-exchange key lets the partner's whole account decrypt and encrypt with it, so any role the partner creates can read every file ever exchanged.");

        var amiSharing = demo.Add(Key(Dev, UsEast1, "acme-dev-ami-sharing", "platform", "internal") with { Policy = PublicKeyPolicy(Dev) });
        demo.Weakness("kms-key-policy-no-public-access", amiSharing.Arn,
            "To share encrypted AMIs with a customer, an engineer let Principal \"*\" decrypt with and create grants on the dev AMI key instead of naming the customer's account, so any AWS account can use it.");

        var legacy = demo.Add(Key(Dev, ApSoutheast2, "legacy-etl", "data-platform", "internal") with
        {
            KeyState = "PendingDeletion",
            DeletionDate = demo.Now.AddDays(9),
            RotationEnabled = true,
        });
        demo.Weakness("kms-key-not-pending-deletion", legacy.Arn,
            "A clean-up script scheduled the legacy ETL key for deletion in nine days, although archived extracts in S3 are still encrypted under it.");
    }

    private static void Customer(DemoEstateBuilder demo, string accountId, string region, string alias, string owner, string classification) =>
        demo.Add(Key(accountId, region, alias, owner, classification));

    private static void AwsManaged(DemoEstateBuilder demo, string accountId, string region, string alias) =>
        demo.Add(new KmsKey
        {
            Arn = KeyArn(accountId, region, alias),
            Name = KeyId(accountId, region, alias),
            AccountId = accountId,
            Region = region,
            KeyId = KeyId(accountId, region, alias),
            KeyManager = "AWS",
            RotationEnabled = true,
            Aliases = [$"alias/{alias}"],
        });

    private static string PartnerKeyPolicy(string accountId) =>
        $$"""{"Version":"2012-10-17","Statement":[{"Sid":"EnableRootPermissions","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{accountId}}:root"},"Action":"kms:*","Resource":"*"},{"Sid":"PartnerExchange","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{DemoOutsideAccounts.Partner}}:root"},"Action":["kms:Decrypt","kms:Encrypt","kms:GenerateDataKey*","kms:DescribeKey"],"Resource":"*"}]}""";

    private static string PublicKeyPolicy(string accountId) =>
        $$"""{"Version":"2012-10-17","Statement":[{"Sid":"EnableRootPermissions","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{accountId}}:root"},"Action":"kms:*","Resource":"*"},{"Sid":"ShareAmisWithCustomer","Effect":"Allow","Principal":{"AWS":"*"},"Action":["kms:Decrypt","kms:DescribeKey","kms:CreateGrant","kms:ReEncrypt*"],"Resource":"*"}]}""";

    private static KmsKey Key(string accountId, string region, string alias, string owner, string classification) => new()
    {
        Arn = KeyArn(accountId, region, alias),
        Name = KeyId(accountId, region, alias),
        AccountId = accountId,
        Region = region,
        KeyId = KeyId(accountId, region, alias),
        KeyManager = "CUSTOMER",
        RotationEnabled = true,
        Aliases = [$"alias/{alias}"],
        Policy = $$"""{"Version":"2012-10-17","Statement":[{"Sid":"EnableRootPermissions","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{accountId}}:root"},"Action":"kms:*","Resource":"*"}]}""",
        Tags = new Dictionary<string, string>
        {
            ["owner"] = owner,
            ["environment"] = accountId == DemoAccounts.Prod ? "production" : "development",
            ["data-classification"] = classification,
            ["managed-by"] = "terraform",
        },
    };
}
