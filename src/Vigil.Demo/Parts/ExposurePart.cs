using Vigil.Core.Model;
using Vigil.Core.Model.Ec2;
using Vigil.Core.Model.Rds;
using Vigil.Core.Model.S3;

namespace Vigil.Demo.Parts;

/// <summary>Sharing and access points that reach outside Acme's organization, copied from well-configured resources of
/// the other parts (so they pass everything their templates pass). The weaknesses: a production EBS snapshot and a
/// billing database snapshot handed to an outside auditor's account, a build image shared with a former vendor and one
/// made public for a conference workshop, and a development bucket's "public-downloads" access point whose policy lets
/// anyone read it (the development account has RestrictPublicBuckets off). Production's "bi-partners" access point only
/// admits Acme's own analysts.</summary>
internal sealed class ExposurePart : IDemoPart
{
    /// <summary>The audit firm's AWS account: outside the organization and not on the trusted list.</summary>
    public const string AuditorAccount = "210987654321";
    /// <summary>A vendor whose contract ended.</summary>
    public const string FormerVendorAccount = "309876543210";

    private const string Prod = DemoAccounts.Prod;
    private const string Dev = DemoAccounts.Dev;
    private const string UsEast1 = DemoAccounts.UsEast1;

    public void Build(DemoEstateBuilder demo)
    {
        var templates = Templates.Build();
        AuditorSnapshots(demo, templates);
        SharedImages(demo, templates.Image);
        AccessPoints(demo, templates.Bucket);
    }

    private static void AuditorSnapshots(DemoEstateBuilder demo, Templates templates)
    {
        const string snapshotId = "snap-07a1c9e3b5d2f4816";
        var ebs = demo.Add(templates.Snapshot with
        {
            Arn = templates.Snapshot.Arn.Replace(templates.Snapshot.SnapshotId, snapshotId, StringComparison.Ordinal),
            SnapshotId = snapshotId,
            Name = "ledger-export-for-audit-2026",
            SharedWithAccounts = [AuditorAccount],
        });
        demo.Weakness("ec2-ebs-snapshot-not-shared-externally", ebs.Arn,
            "A snapshot of the ledger export volume was shared with the audit firm's own AWS account so that it could restore the data, and never unshared.");

        const string rdsId = "billing-for-audit-2026-10";
        var rds = demo.Add(templates.DbSnapshot with
        {
            Arn = templates.DbSnapshot.Arn.Replace(templates.DbSnapshot.SnapshotIdentifier, rdsId, StringComparison.Ordinal),
            SnapshotIdentifier = rdsId,
            Name = rdsId,
            SharedWithAccounts = [AuditorAccount],
        });
        demo.Weakness("rds-snapshot-not-shared-externally", rds.Arn,
            "A billing database snapshot is shared with the audit firm's account for the annual audit, outside the organization and the trusted list.");
    }

    private static void SharedImages(DemoEstateBuilder demo, Ami template)
    {
        var vendor = demo.Add(Image(template, "ami-0a4c7e91d2b3f5608", "acme-build-agent-2026.11.03") with { SharedWithAccounts = [FormerVendorAccount, Dev] });
        demo.Weakness("ec2-ami-not-shared-externally", vendor.Arn,
            "The build-agent image is still shared with a former CI vendor's account alongside the development account.");
        var workshop = demo.Add(Image(template, "ami-0e5b8d2c7f1a39406", "acme-workshop-2026") with { Public = true });
        demo.Weakness("ec2-ami-not-public", workshop.Arn,
            "An image prepared for a conference workshop was made public so attendees could launch it, and is still public.");
    }

    private static Ami Image(Ami template, string imageId, string name) => template with
    {
        Arn = template.Arn.Replace(template.ImageId, imageId, StringComparison.Ordinal),
        ImageId = imageId,
        Name = name,
        Tags = new Dictionary<string, string>(template.Tags) { ["Name"] = name },
    };

    private static void AccessPoints(DemoEstateBuilder demo, S3Bucket template)
    {
        const string devBucket = "acme-dev-downloads-us-east-1";
        var devPoint = $"arn:aws:s3:{UsEast1}:{Dev}:accesspoint/public-downloads";
        var downloads = demo.Add(Copy(template, devBucket, Dev) with
        {
            AccessPoints =
            [
                new S3AccessPoint
                {
                    Arn = devPoint,
                    Name = "public-downloads",
                    NetworkOrigin = "Internet",
                    PublicAccessBlock = new PublicAccessBlock { BlockPublicAcls = true, IgnorePublicAcls = true },
                    Policy = $$"""{"Version":"2012-10-17","Statement":[{"Sid":"PublicDownloads","Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"{{devPoint}}/object/public/*"}]}""",
                },
            ],
        });
        demo.Weakness("s3-access-point-policy-no-public-access", downloads.Arn,
            "The public-downloads access point of the development downloads bucket lets anyone read objects under public/, and nothing at the account level restricts it.");
        demo.Weakness("s3-access-point-public-access-block-enabled", downloads.Arn,
            "The public-downloads access point was created with BlockPublicPolicy and RestrictPublicBuckets off so that its public policy would be accepted.");

        const string prodBucket = "acme-prod-bi-exchange-us-east-1";
        var prodPoint = $"arn:aws:s3:{UsEast1}:{Prod}:accesspoint/bi-partners";
        demo.Add(Copy(template, prodBucket, Prod) with
        {
            AccessPoints =
            [
                new S3AccessPoint
                {
                    Arn = prodPoint,
                    Name = "bi-partners",
                    NetworkOrigin = "VPC",
                    PublicAccessBlock = new PublicAccessBlock { BlockPublicAcls = true, IgnorePublicAcls = true, BlockPublicPolicy = true, RestrictPublicBuckets = true },
                    Policy = $$"""{"Version":"2012-10-17","Statement":[{"Sid":"Analysts","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{Prod}}:role/acme-analysts"},"Action":["s3:GetObject","s3:ListBucket"],"Resource":["{{prodPoint}}","{{prodPoint}}/object/*"]}]}""",
                },
            ],
        });
    }

    private static S3Bucket Copy(S3Bucket template, string name, string account) => template with
    {
        Arn = $"arn:aws:s3:::{name}",
        Name = name,
        AccountId = account,
        Policy = template.Policy?.Replace(template.Name, name, StringComparison.Ordinal).Replace(template.AccountId, account, StringComparison.Ordinal),
        Logging = template.Logging is { } logging ? logging with { TargetPrefix = $"{name}/" } : null,
        ReplicationRules = [.. template.ReplicationRules.Select(r => r with { DestinationBucketArn = $"arn:aws:s3:::{name}-dr" })],
    };

    /// <summary>Well-configured resources of the other parts, built on a scratch estate.</summary>
    private sealed record Templates(S3Bucket Bucket, EbsSnapshot Snapshot, RdsSnapshot DbSnapshot, Ami Image)
    {
        public static Templates Build()
        {
            var scratch = new DemoEstateBuilder();
            new AccountsPart().Build(scratch);
            foreach (var part in new IDemoPart[] { new ComputePart(), new RdsPart(), new S3Part() }) part.Build(scratch);
            var weak = scratch.Weaknesses.Select(w => w.ResourceArn).ToHashSet(StringComparer.Ordinal);
            T Pick<T>(Func<T, bool> also) where T : Resource => scratch.Snapshot.Resources<T>()
                .Where(r => !weak.Contains(r.Arn) && r.AccountId == Prod && r.Region == UsEast1 && also(r))
                .First();
            return new Templates(
                Pick<S3Bucket>(b => b.AccessPoints.Count == 0 && b.ReplicationRules.Count > 0),
                Pick<EbsSnapshot>(s => s.SharedWithAccounts.Count == 0),
                Pick<RdsSnapshot>(s => !s.IsClusterSnapshot && s.SnapshotType == "manual" && s.SharedWithAccounts.Count == 0),
                Pick<Ami>(_ => true));
        }
    }
}
