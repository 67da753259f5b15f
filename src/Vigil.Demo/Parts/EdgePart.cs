using Vigil.Core.Model.Acm;
using Vigil.Core.Model.CloudFront;
using Vigil.Core.Model.Ecr;
using static Vigil.Demo.DemoAccounts;

namespace Vigil.Demo.Parts;

/// <summary>The edge and delivery side of Acme Analytics: CloudFront distributions for the website, the API and the
/// static assets (plus a legacy reports site nobody has modernised), the ACM certificates they and the regional load
/// balancers use, and the ECR repositories the services ship from. No ECR repository is in the development account's
/// eu-west-1, whose listing is denied (see <see cref="CollectionErrorsPart"/>).</summary>
internal sealed class EdgePart : IDemoPart
{
    private const string Domain = "acme-analytics.example";

    public void Build(DemoEstateBuilder demo)
    {
        AddCertificates(demo);
        AddDistributions(demo);
        AddRepositories(demo);
    }

    private static void AddCertificates(DemoEstateBuilder demo)
    {
        var now = demo.Now;
        Certificate(demo, Prod, UsEast1, "3f1c2a4e-8b7d-4e21-9a55-0c6d1e2f3a41", $"www.{Domain}", now.AddDays(247), "RSA_2048",
            [DistributionArn(Prod, "E1WEBPRODQ7X2A")]);
        Certificate(demo, Prod, UsEast1, "7a9e4b12-5c3d-4f68-8e1a-2b4c6d8e0f52", $"api.{Domain}", now.AddDays(183), "RSA_2048",
            [DistributionArn(Prod, "E2APIPRODK4M8B")]);
        Certificate(demo, Prod, UsEast1, "c2d4e6f8-1a3b-4c5d-9e7f-8a0b1c2d3e63", $"assets.{Domain}", now.AddDays(301), "EC_prime256v1",
            [DistributionArn(Prod, "E3ASSETSPRDN5C")]);
        Certificate(demo, Prod, EuWest1, "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c74", $"api-origin.eu.{Domain}", now.AddDays(214), "RSA_2048",
            [$"arn:aws:elasticloadbalancing:{EuWest1}:{Prod}:loadbalancer/app/api-eu/5d2f8a1c9e3b7d4f"]);
        Certificate(demo, Prod, ApSoutheast2, "1e2d3c4b-5a69-4788-a9b0-c1d2e3f4a585", $"api-origin.au.{Domain}", now.AddDays(158), "RSA_2048",
            [$"arn:aws:elasticloadbalancing:{ApSoutheast2}:{Prod}:loadbalancer/app/api-au/8c1e4a7d2f5b9e3c"]);
        Certificate(demo, Dev, UsEast1, "5f6e7d8c-9b0a-4c1d-8e2f-3a4b5c6d7e96", $"*.dev.{Domain}", now.AddDays(122), "RSA_2048",
            [DistributionArn(Dev, "E6APIDEVR3T9D")]);
        Certificate(demo, Dev, EuWest1, "0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2ca7", $"api-origin.eu.dev.{Domain}", now.AddDays(276), "EC_prime256v1",
            [$"arn:aws:elasticloadbalancing:{EuWest1}:{Dev}:loadbalancer/app/api-eu-dev/2b7e9d4a1c6f3e8b"]);

        var reports = Certificate(demo, Prod, UsEast1, "d4c3b2a1-0f9e-4d8c-b7a6-5e4d3c2b1ab8", $"reports.{Domain}", now.AddDays(143), "RSA_1024",
            [DistributionArn(Prod, "E4RPTLEGACYW6E")], imported: true);
        demo.Weakness("acm-certificate-rsa-key-length", reports.Arn,
            "The legacy reports site still serves a certificate imported years ago from an external CA with a 1024-bit RSA key.");

        var partner = Certificate(demo, Prod, EuWest1, "8e7f6a5b-4c3d-4e2f-a1b0-9c8d7e6f5ac9", $"partner-gateway.{Domain}", now.AddDays(10), "RSA_4096",
            [$"arn:aws:elasticloadbalancing:{EuWest1}:{Prod}:loadbalancer/app/partner-gateway/6e3a9c1f4d8b2e7a"], imported: true);
        demo.Weakness("acm-certificate-not-expiring", partner.Arn,
            "The partner gateway's imported certificate expires in 10 days and nobody has ordered its replacement from the CA.");
    }

    private static void AddDistributions(DemoEstateBuilder demo)
    {
        var webAcl = $"arn:aws:wafv2:{UsEast1}:{Prod}:global/webacl/acme-edge/4c1b9e2d-7a3f-4e58-b6d1-0f2e3a4b5c6d";
        var devWebAcl = $"arn:aws:wafv2:{UsEast1}:{Dev}:global/webacl/acme-edge-dev/9e8d7c6b-5a4f-4e3d-a2c1-b0a9f8e7d6c5";

        demo.Add(new Distribution
        {
            Arn = DistributionArn(Prod, "E1WEBPRODQ7X2A"),
            Name = $"www.{Domain}",
            AccountId = Prod,
            DistributionId = "E1WEBPRODQ7X2A",
            DomainName = "d1web7q2xa9f3k.cloudfront.net",
            Enabled = true,
            DefaultRootObject = "index.html",
            ViewerProtocolPolicy = "redirect-to-https",
            CacheBehaviorViewerProtocolPolicies = ["redirect-to-https", "https-only"],
            LoggingEnabled = true,
            WebAclId = webAcl,
            SslSupportMethod = "sni-only",
            MinimumProtocolVersion = "TLSv1.2_2021",
            Origins =
            [
                S3Origin("website-primary", "acme-prod-website", UsEast1, "E3OACWEBPRD01"),
                S3Origin("website-replica", "acme-prod-website-replica", EuWest1, "E3OACWEBPRD01"),
            ],
            HasOriginGroupWithFailover = true,
            Tags = Tags("production", "web"),
        });

        demo.Add(new Distribution
        {
            Arn = DistributionArn(Prod, "E2APIPRODK4M8B"),
            Name = $"api.{Domain}",
            AccountId = Prod,
            DistributionId = "E2APIPRODK4M8B",
            DomainName = "d2apik4m8b7e1q.cloudfront.net",
            Enabled = true,
            ViewerProtocolPolicy = "https-only",
            CacheBehaviorViewerProtocolPolicies = ["https-only"],
            LoggingEnabled = true,
            WebAclId = webAcl,
            SslSupportMethod = "sni-only",
            MinimumProtocolVersion = "TLSv1.2_2021",
            Origins =
            [
                CustomOrigin("api-eu", $"api-origin.eu.{Domain}", "https-only", ["TLSv1.2"]),
                CustomOrigin("api-au", $"api-origin.au.{Domain}", "https-only", ["TLSv1.2"]),
            ],
            HasOriginGroupWithFailover = true,
            Tags = Tags("production", "api"),
        });

        demo.Add(new Distribution
        {
            Arn = DistributionArn(Prod, "E3ASSETSPRDN5C"),
            Name = $"assets.{Domain}",
            AccountId = Prod,
            DistributionId = "E3ASSETSPRDN5C",
            DomainName = "d3assetsn5c2w8.cloudfront.net",
            Enabled = true,
            DefaultRootObject = "index.html",
            ViewerProtocolPolicy = "redirect-to-https",
            LoggingEnabled = true,
            WebAclId = webAcl,
            SslSupportMethod = "sni-only",
            MinimumProtocolVersion = "TLSv1.2_2021",
            Origins =
            [
                S3Origin("assets-primary", "acme-prod-static-assets", UsEast1, "E3OACASSETS02"),
                S3Origin("assets-replica", "acme-prod-static-assets-replica", EuWest1, "E3OACASSETS02"),
            ],
            HasOriginGroupWithFailover = true,
            Tags = Tags("production", "web"),
        });

        var legacy = demo.Add(new Distribution
        {
            Arn = DistributionArn(Prod, "E4RPTLEGACYW6E"),
            Name = $"reports.{Domain}",
            AccountId = Prod,
            DistributionId = "E4RPTLEGACYW6E",
            DomainName = "d4rptw6e3n7y2v.cloudfront.net",
            Enabled = true,
            ViewerProtocolPolicy = "allow-all",
            LoggingEnabled = false,
            SslSupportMethod = "vip",
            MinimumProtocolVersion = "TLSv1",
            Origins =
            [
                new Origin
                {
                    Id = "reports-static",
                    DomainName = "acme-prod-reports-legacy.s3.us-east-1.amazonaws.com",
                    IsS3 = true,
                    OriginAccessIdentity = "origin-access-identity/cloudfront/E1LEGACYOAI9QZ",
                },
                CustomOrigin("reports-app", $"reports-origin.{Domain}", "match-viewer", ["TLSv1", "TLSv1.1", "TLSv1.2"]),
            ],
            HasOriginGroupWithFailover = false,
            Tags = Tags("production", "reports"),
        });
        demo.Weakness("cloudfront-distribution-default-root-object", legacy.Arn,
            "The legacy reports distribution has an S3 origin but no default root object.");
        demo.Weakness("cloudfront-distribution-viewer-https-required", legacy.Arn,
            "The legacy reports distribution still accepts plain HTTP from viewers (viewer protocol policy allow-all).");
        demo.Weakness("cloudfront-distribution-origin-failover", legacy.Arn,
            "The legacy reports distribution has a single origin per path and no origin group to fail over to.");
        demo.Weakness("cloudfront-distribution-logging-enabled", legacy.Arn,
            "Access logging was never turned on for the legacy reports distribution.");
        demo.Weakness("cloudfront-distribution-waf-enabled", legacy.Arn,
            "The legacy reports distribution predates the acme-edge web ACL and is not associated with it.");
        demo.Weakness("cloudfront-distribution-sni-enabled", legacy.Arn,
            "The legacy reports distribution still pays for dedicated-IP (vip) HTTPS instead of SNI.");
        demo.Weakness("cloudfront-distribution-custom-origin-https", legacy.Arn,
            "The legacy reports distribution forwards plain HTTP viewer requests to its application origin (match-viewer with allow-all viewers).");
        demo.Weakness("cloudfront-distribution-origin-no-deprecated-ssl", legacy.Arn,
            "The legacy reports distribution allows TLS 1.0 and 1.1 to its application origin.");
        demo.Weakness("cloudfront-distribution-s3-origin-access-control", legacy.Arn,
            "The legacy reports distribution reaches its bucket through a legacy origin access identity, not origin access control.");

        var preview = demo.Add(new Distribution
        {
            Arn = DistributionArn(Dev, "E5PREVIEWDEVH8"),
            Name = "website-preview",
            AccountId = Dev,
            DistributionId = "E5PREVIEWDEVH8",
            DomainName = "d5previewh8k3m.cloudfront.net",
            Enabled = true,
            DefaultRootObject = "index.html",
            ViewerProtocolPolicy = "redirect-to-https",
            LoggingEnabled = true,
            WebAclId = devWebAcl,
            UsesDefaultCertificate = true,
            MinimumProtocolVersion = "TLSv1",
            Origins = [S3Origin("preview", "acme-dev-website-preview", UsEast1, "E3OACPREVIEW3")],
            HasOriginGroupWithFailover = false,
            Tags = Tags("development", "web"),
        });
        demo.Weakness("cloudfront-distribution-custom-certificate", preview.Arn,
            "The development website preview is served on its *.cloudfront.net name with the default certificate.");
        demo.Weakness("cloudfront-distribution-origin-failover", preview.Arn,
            "The development website preview has a single S3 origin and no failover origin group.");

        var devApi = demo.Add(new Distribution
        {
            Arn = DistributionArn(Dev, "E6APIDEVR3T9D"),
            Name = $"api.dev.{Domain}",
            AccountId = Dev,
            DistributionId = "E6APIDEVR3T9D",
            DomainName = "d6apidevr3t9dx.cloudfront.net",
            Enabled = true,
            ViewerProtocolPolicy = "https-only",
            LoggingEnabled = true,
            WebAclId = devWebAcl,
            SslSupportMethod = "sni-only",
            MinimumProtocolVersion = "TLSv1.2_2021",
            Origins = [CustomOrigin("api-eu-dev", $"api-origin.eu.dev.{Domain}", "https-only", ["TLSv1.2"])],
            HasOriginGroupWithFailover = false,
            Tags = Tags("development", "api"),
        });
        demo.Weakness("cloudfront-distribution-origin-failover", devApi.Arn,
            "The development API distribution has a single origin and no failover origin group.");
    }

    private static void AddRepositories(DemoEstateBuilder demo)
    {
        // Production: enhanced scanning (Amazon Inspector) registry-wide, immutable tags, lifecycle policies, KMS.
        var api = Repository(demo, Prod, UsEast1, "acme/api");
        demo.Snapshot.Update<EcrRepository>(api.Arn, r => r with { Policy = OrganizationPullPolicy() });
        Repository(demo, Prod, UsEast1, "acme/ingest-worker");
        Repository(demo, Prod, UsEast1, "acme/web-frontend");
        var renderer = Repository(demo, Prod, UsEast1, "acme/report-renderer");
        demo.Snapshot.Update<EcrRepository>(renderer.Arn, r => r with { Policy = PartnerPullPolicy() });
        demo.Weakness("ecr-repository-policy-no-foreign-account-access", renderer.Arn,
            "The report-renderer repository lets the partner's whole account pull its images (so Northwind could render shipment reports on site), and the images carry Acme's report templates and internal configuration.");
        Repository(demo, Prod, EuWest1, "acme/api");
        Repository(demo, Prod, EuWest1, "acme/ingest-worker");
        Repository(demo, Prod, ApSoutheast2, "acme/api");

        // Development: basic scan on push, no repositories in eu-west-1.
        Repository(demo, Dev, ApSoutheast2, "acme-dev/ingest-worker", enhanced: false);
        var devApi = Repository(demo, Dev, UsEast1, "acme-dev/api", enhanced: false, immutable: false);
        demo.Weakness("ecr-repository-tag-immutability", devApi.Arn,
            "The development API repository keeps mutable tags so that CI can overwrite :latest on every build.");
        var experiments = Repository(demo, Dev, UsEast1, "acme-dev/ml-experiments", enhanced: false, scanOnPush: false, lifecycle: false);
        demo.Weakness("ecr-repository-image-scanning", experiments.Arn,
            "The data scientists' experiments repository was created by hand without scan on push.");
        demo.Weakness("ecr-repository-lifecycle-policy", experiments.Arn,
            "The experiments repository has no lifecycle policy and has accumulated thousands of untagged images.");
        demo.Snapshot.Update<EcrRepository>(experiments.Arn, r => r with { Policy = OpenPullPolicy() });
        demo.Weakness("ecr-repository-policy-no-public-access", experiments.Arn,
            "The experiments repository lets any AWS account pull its images (a statement added so a research partner could pull a model server), and the images carry training data samples.");
    }

    private static Certificate Certificate(DemoEstateBuilder demo, string account, string region, string id, string domain,
        DateTimeOffset notAfter, string keyAlgorithm, IReadOnlyList<string> inUseBy, bool imported = false) => demo.Add(new Certificate
        {
            Arn = $"arn:aws:acm:{region}:{account}:certificate/{id}",
            Name = domain,
            AccountId = account,
            Region = region,
            DomainName = domain,
            Type = imported ? "IMPORTED" : "AMAZON_ISSUED",
            Status = "ISSUED",
            NotAfter = notAfter,
            KeyAlgorithm = keyAlgorithm,
            InUseBy = inUseBy,
            RenewalEligibility = imported ? "INELIGIBLE" : "ELIGIBLE",
            Tags = Tags(account == Prod ? "production" : "development", "edge"),
        });

    /// <summary>Lets every account of Acme's organization pull (the development account pulls production base images).</summary>
    private static string OrganizationPullPolicy() =>
        """{"Version":"2012-10-17","Statement":[{"Sid":"OrganizationPull","Effect":"Allow","Principal":"*","Action":["ecr:BatchGetImage","ecr:GetDownloadUrlForLayer","ecr:BatchCheckLayerAvailability"],"Condition":{"StringEquals":{"aws:PrincipalOrgID":"ORGANIZATION"}}}]}""".Replace("ORGANIZATION", DemoOutsideAccounts.Organization, StringComparison.Ordinal);

    private static string PartnerPullPolicy() =>
        $$"""{"Version":"2012-10-17","Statement":[{"Sid":"PartnerPull","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{DemoOutsideAccounts.Partner}}:root"},"Action":["ecr:BatchGetImage","ecr:GetDownloadUrlForLayer","ecr:BatchCheckLayerAvailability"]}]}""";

    private static string OpenPullPolicy() =>
        """{"Version":"2012-10-17","Statement":[{"Sid":"ResearchPartnerPull","Effect":"Allow","Principal":{"AWS":"*"},"Action":["ecr:BatchGetImage","ecr:GetDownloadUrlForLayer","ecr:BatchCheckLayerAvailability"]}]}""";

    private static EcrRepository Repository(DemoEstateBuilder demo, string account, string region, string name,
        bool enhanced = true, bool scanOnPush = true, bool immutable = true, bool lifecycle = true) => demo.Add(new EcrRepository
        {
            Arn = $"arn:aws:ecr:{region}:{account}:repository/{name}",
            Name = name,
            AccountId = account,
            Region = region,
            RepositoryUri = $"{account}.dkr.ecr.{region}.amazonaws.com/{name}",
            ScanOnPush = scanOnPush,
            EnhancedScanning = enhanced,
            ImageTagMutability = immutable ? "IMMUTABLE" : "MUTABLE",
            HasLifecyclePolicy = lifecycle,
            EncryptionType = "KMS",
            KmsKey = $"arn:aws:kms:{region}:{account}:alias/acme-ecr",
            Tags = Tags(account == Prod ? "production" : "development", "containers"),
        });

    private static Origin S3Origin(string id, string bucket, string region, string accessControlId) => new()
    {
        Id = id,
        DomainName = $"{bucket}.s3.{region}.amazonaws.com",
        IsS3 = true,
        OriginAccessControlId = accessControlId,
    };

    private static Origin CustomOrigin(string id, string domainName, string protocolPolicy, IReadOnlyList<string> sslProtocols) => new()
    {
        Id = id,
        DomainName = domainName,
        IsS3 = false,
        OriginProtocolPolicy = protocolPolicy,
        OriginSslProtocols = sslProtocols,
    };

    private static string DistributionArn(string account, string id) => $"arn:aws:cloudfront::{account}:distribution/{id}";

    private static Dictionary<string, string> Tags(string environment, string service) => new()
    {
        ["owner"] = "platform",
        ["environment"] = environment,
        ["service"] = service,
        ["cost-center"] = "cc-1042",
    };
}
