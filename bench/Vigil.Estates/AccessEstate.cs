using System.Globalization;
using Vigil.Core.Model;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.Ecr;
using Vigil.Core.Model.Iam;
using Vigil.Core.Model.Kms;
using Vigil.Core.Model.Lambda;
using Vigil.Core.Model.Organizations;
using Vigil.Core.Model.S3;
using Vigil.Core.Model.SecretsManager;
using Vigil.Core.Model.Sns;
using Vigil.Core.Model.Sqs;
using static Vigil.Estates.AccessEstatePolicies;

namespace Vigil.Estates;

/// <summary>One large member account for measuring access analysis (issue 8: 5,000 roles, 2,000 users and 20,000
/// resources with policies): managed and inline policies of every common shape (read-only, power user, application
/// policies naming their resources, CI policies with iam:PassRole, conditions on tags, regions and MFA), groups,
/// boundaries, service, cross-account, OIDC and SAML trust, resource policies granting partners, services and a few
/// the public, and an organization with SCPs and RCPs. A sprinkling of privilege-escalation paths and public
/// resources, as real accounts have. Deterministic.</summary>
public static class AccessEstate
{
    public const string AccountId = "310987654321";
    private static readonly string[] Regions = ["us-east-1", "eu-west-1"];

    public static Snapshot Generate(int roles = 5_000, int users = 2_000, int resources = 20_000)
    {
        var random = new Random(8);
        var builder = new SnapshotBuilder { CollectedAt = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero) };
        foreach (var region in Regions) builder.Region(region);
        builder.Add(new Account
        {
            Arn = Account.ArnFor(AccountId), Name = "workloads", AccountId = AccountId, OrganizationId = "o-bench0000",
            IsOrganizationManagementAccount = false, OrganizationParents = ["r-bench", "ou-bench-workloads"],
        });
        AddOrganizationPolicies(builder);
        var policies = AddManagedPolicies(builder);
        AddGroups(builder, policies);
        AddUsers(builder, users, policies, random);
        var lambdaRoles = AddRoles(builder, roles, policies, random);
        AddResources(builder, resources, lambdaRoles, random);
        return builder.Build();
    }

    private static string Arn(string kind, string name) => $"arn:aws:iam::{AccountId}:{kind}/{name}";

    private static void AddOrganizationPolicies(SnapshotBuilder builder)
    {
        const string management = "123400000000";
        OrganizationPolicy Policy(string id, string name, string type, string document, params string[] targets) => new()
        {
            Arn = $"arn:aws:organizations::{management}:policy/o-bench0000/{type.ToLowerInvariant()}/{id}", Name = name, AccountId = management,
            PolicyType = type, Document = document, Targets = targets, AwsManaged = id.StartsWith("p-FullAWS", StringComparison.Ordinal) || id.StartsWith("p-RCPFull", StringComparison.Ordinal),
        };
        builder.Add(Policy("p-FullAWSAccess", "FullAWSAccess", OrganizationPolicy.ServiceControlPolicy, Identity(Allow("\"*\"", "\"*\"")), "r-bench", "ou-bench-workloads", AccountId));
        builder.Add(Policy("p-regions", "DenyOutsideApprovedRegions", OrganizationPolicy.ServiceControlPolicy,
            Identity("""{"Effect":"Deny","NotAction":["iam:*","organizations:*","sts:*","support:*","cloudfront:*","route53:*"],"Resource":"*","Condition":{"StringNotEquals":{"aws:RequestedRegion":["us-east-1","eu-west-1"]}}}"""),
            "ou-bench-workloads"));
        builder.Add(Policy("p-RCPFullAWSAccess", "RCPFullAWSAccess", OrganizationPolicy.ResourceControlPolicy,
            Identity(Resource("\"*\"", "\"*\"", "\"*\"")), "r-bench", "ou-bench-workloads", AccountId));
    }

    private static List<string> AddManagedPolicies(SnapshotBuilder builder)
    {
        var arns = new List<string>();
        void Add(string name, string document, bool awsManaged = false)
        {
            var arn = awsManaged ? $"arn:aws:iam::aws:policy/{name}" : Arn("policy", name);
            builder.Add(new ManagedPolicy { Arn = arn, Name = name, AccountId = awsManaged ? "aws" : AccountId, IsAwsManaged = awsManaged, DefaultVersionId = "v1", Document = document });
            arns.Add(arn);
        }

        Add("AdministratorAccess", Identity(Allow("\"*\"", "\"*\"")), awsManaged: true);
        Add("PowerUserAccess", Identity("""{"Effect":"Allow","NotAction":["iam:*","organizations:*","account:*"],"Resource":"*"}""",
            Allow(Quoted("iam:CreateServiceLinkedRole", "iam:DeleteServiceLinkedRole", "iam:ListRoles", "organizations:DescribeOrganization"), "\"*\"")), awsManaged: true);
        Add("ReadOnlyAccess", Identity(Allow(Quoted(ReadOnlyActions), "\"*\"")), awsManaged: true);
        for (var n = 0; n < 400; n++)
        {
            var app = $"app-{n % 200:D3}";
            var document = (n % 8) switch
            {
                0 => Identity(Allow(Quoted("s3:GetObject", "s3:PutObject", "s3:DeleteObject"), Quoted($"arn:aws:s3:::{app}-*/*")), Allow("\"s3:ListBucket\"", Quoted($"arn:aws:s3:::{app}-*"))),
                1 => Identity(Allow(Quoted("sqs:SendMessage", "sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"), Quoted($"arn:aws:sqs:*:{AccountId}:{app}-*"))),
                2 => Identity(Allow(Quoted("kms:Decrypt", "kms:GenerateDataKey"), "\"*\"", """{"StringEquals":{"kms:ViaService":["s3.us-east-1.amazonaws.com","sqs.us-east-1.amazonaws.com"]}}""")),
                3 => Identity(Allow(Quoted("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:UpdateItem"), Quoted($"arn:aws:dynamodb:*:{AccountId}:table/{app}*"))),
                4 => Identity(Allow(Quoted("secretsmanager:GetSecretValue"), Quoted($"arn:aws:secretsmanager:*:{AccountId}:secret:{app}/*"))),
                5 => Identity(Allow(Quoted("lambda:CreateFunction", "lambda:UpdateFunctionCode", "lambda:InvokeFunction", "lambda:GetFunction"), Quoted($"arn:aws:lambda:*:{AccountId}:function:{app}-*")),
                    Allow("\"iam:PassRole\"", Quoted(Arn("role", $"{app}-*")), """{"StringEquals":{"iam:PassedToService":"lambda.amazonaws.com"}}""")),
                6 => Identity(Allow(Quoted("ec2:StartInstances", "ec2:StopInstances", "ssm:StartSession"), "\"*\"", """{"StringEquals":{"aws:ResourceTag/team":"${aws:PrincipalTag/team}"}}""")),
                _ => Identity(Allow(Quoted("sns:Publish"), Quoted($"arn:aws:sns:*:{AccountId}:{app}-*")), Allow(Quoted("logs:CreateLogStream", "logs:PutLogEvents"), "\"*\"")),
            };
            Add($"{app}-policy-{n}", document);
        }
        Add("ci-deployer", Identity(Allow(Quoted("cloudformation:*", "lambda:*", "s3:*"), "\"*\""), Allow("\"iam:PassRole\"", "\"*\"")));
        Add("developer-self-service", Identity(Allow(Quoted("iam:CreateAccessKey", "iam:DeleteAccessKey", "iam:ListAccessKeys", "iam:CreatePolicyVersion"), Quoted(Arn("user", "${aws:username}"), Arn("policy", "developer-*")))));
        Add("mfa-admin", Identity(Allow("\"*\"", "\"*\"", """{"Bool":{"aws:MultiFactorAuthPresent":"true"}}""")));
        Add("Boundary", Identity(Allow("\"*\"", "\"*\""), Deny(Quoted("iam:*", "organizations:*"), "\"*\"")));
        return arns;
    }

    private static void AddGroups(SnapshotBuilder builder, List<string> policies)
    {
        for (var g = 0; g < 60; g++)
        {
            var attached = g switch
            {
                0 => new[] { policies[0] },
                1 => [policies[1]],
                < 10 => [policies[2]],
                _ => [policies[3 + g * 5 % 400], policies[3 + (g * 7 + 1) % 400]],
            };
            builder.Add(new IamGroup
            {
                Arn = Arn("group", $"group-{g:D2}"), Name = $"group-{g:D2}", AccountId = AccountId,
                AttachedPolicies = [.. attached.Select(a => new AttachedPolicy(a[(a.LastIndexOf('/') + 1)..], a))],
            });
        }
    }

    private static void AddUsers(SnapshotBuilder builder, int count, List<string> policies, Random random)
    {
        for (var n = 0; n < count; n++)
        {
            var name = $"user-{n:D4}";
            var groups = new List<string> { $"group-{random.Next(2, 60):D2}" };
            if (n % 3 == 0) groups.Add($"group-{random.Next(2, 60):D2}");
            if (n < 5) groups.Add("group-00");
            var attached = new List<AttachedPolicy>();
            if (n % 50 == 7) attached.Add(new AttachedPolicy("developer-self-service", Arn("policy", "developer-self-service")));
            if (n % 400 == 9) attached.Add(new AttachedPolicy("ci-deployer", Arn("policy", "ci-deployer")));
            builder.Add(new IamUser
            {
                Arn = Arn("user", name), Name = name, AccountId = AccountId, Groups = [.. groups.Distinct()],
                AttachedPolicies = attached,
                InlinePolicies = n % 3 == 1 ? [new InlinePolicy("own-bucket", Identity(Allow(Quoted("s3:*"), Quoted($"arn:aws:s3:::home-{name}", $"arn:aws:s3:::home-{name}/*"))))] : [],
                PermissionsBoundaryArn = n % 20 == 3 ? Arn("policy", "Boundary") : null,
                Tags = new Dictionary<string, string> { ["team"] = $"team-{n % 12}" },
                AccessKeys = [new AccessKey { AccessKeyId = $"AKIA{n:D16}", Status = "Active" }],
            });
        }
    }

    private static List<string> AddRoles(SnapshotBuilder builder, int count, List<string> policies, Random random)
    {
        var lambdaRoles = new List<string>();
        for (var n = 0; n < count; n++)
        {
            var app = $"app-{n % 200:D3}";
            var name = $"{app}-role-{n:D4}";
            var arn = Arn("role", name);
            var kind = n % 20;
            var trust = kind switch
            {
                < 7 => ServiceTrust("lambda.amazonaws.com"),
                < 10 => ServiceTrust("ec2.amazonaws.com"),
                < 13 => ServiceTrust("ecs-tasks.amazonaws.com"),
                < 15 => AccountTrust(Partner, $"ext-{n}"),
                < 17 => AccountTrust(AccountId, null),
                18 => GitHubTrust(AccountId, app),
                19 => SamlTrust(AccountId),
                _ => ServiceTrust("states.amazonaws.com"),
            };
            if (kind < 7) lambdaRoles.Add(arn);
            var attached = new List<AttachedPolicy>();
            var first = 3 + random.Next(400);
            attached.Add(new AttachedPolicy($"p{first}", policies[first]));
            if (n % 2 == 0) attached.Add(new AttachedPolicy($"p{first + 1}", policies[3 + (first + 1) % 400]));
            if (kind == 19) attached.Add(new AttachedPolicy("ReadOnlyAccess", policies[2]));
            if (n % 250 == 11) attached.Add(new AttachedPolicy("AdministratorAccess", policies[0]));
            if (n % 500 == 13) attached.Add(new AttachedPolicy("ci-deployer", Arn("policy", "ci-deployer")));
            builder.Add(new IamRole
            {
                Arn = arn, Name = name, AccountId = AccountId, TrustPolicy = trust, AttachedPolicies = attached,
                InlinePolicies = n % 3 == 0 ? [new InlinePolicy("logs", Identity(Allow(Quoted("logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"), Quoted($"arn:aws:logs:*:{AccountId}:log-group:/aws/lambda/{app}*"))))] : [],
                PermissionsBoundaryArn = n % 25 == 4 ? Arn("policy", "Boundary") : null,
                InstanceProfileArns = kind is >= 7 and < 10 ? [Arn("instance-profile", name)] : [],
            });
            if (kind is >= 7 and < 10)
                builder.Add(new InstanceProfile { Arn = Arn("instance-profile", name), Name = name, AccountId = AccountId, RoleArns = [arn] });
        }
        return lambdaRoles;
    }

    private static void AddResources(SnapshotBuilder builder, int count, List<string> lambdaRoles, Random random)
    {
        var shares = new (string Kind, int Count)[]
        {
            ("bucket", count / 4), ("key", count * 3 / 20), ("queue", count / 5), ("topic", count * 3 / 20), ("function", count * 3 / 20), ("secret", count * 3 / 40), ("layer", count / 50),
        };
        var made = 0;
        foreach (var (kind, number) in shares)
        {
            for (var n = 0; n < number; n++, made++) AddResource(builder, kind, n, lambdaRoles, random);
        }
        for (var n = 0; made < count; n++, made++) AddResource(builder, "repository", n, lambdaRoles, random);
    }

    private static void AddResource(SnapshotBuilder builder, string kind, int n, List<string> lambdaRoles, Random random)
    {
        var region = Regions[n % Regions.Length];
        var app = $"app-{n % 200:D3}";
        var name = $"{app}-{kind}-{n:D5}";
        var id = n.ToString("D12", CultureInfo.InvariantCulture);
        var partnerGrant = n % 5 == 1;
        var isPublic = n % 97 == 5;
        var root = $$$"""{"AWS":"arn:aws:iam::{{{AccountId}}}:root"}""";
        switch (kind)
        {
            case "bucket":
                var bucket = $"arn:aws:s3:::{name}";
                var statements = new List<string> { """{"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["BUCKET","BUCKET/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}""".Replace("BUCKET", bucket, StringComparison.Ordinal) };
                if (partnerGrant) statements.Add(Resource($$$"""{"AWS":"arn:aws:iam::{{{Partner}}}:role/ingest"}""", Quoted("s3:GetObject", "s3:PutObject"), Quoted($"{bucket}/incoming/*")));
                if (isPublic) statements.Add(Resource("\"*\"", "\"s3:GetObject\"", Quoted($"{bucket}/public/*")));
                if (n % 11 == 3) statements.Add(Resource("\"*\"", "\"s3:GetObject\"", Quoted($"{bucket}/*"), """{"StringEquals":{"aws:PrincipalOrgID":"o-bench0000"}}"""));
                builder.Add(new S3Bucket
                {
                    Arn = bucket, Name = name, AccountId = AccountId, Region = region, Policy = Identity([.. statements]),
                    PublicAccessBlock = new PublicAccessBlock { BlockPublicAcls = true, IgnorePublicAcls = true, BlockPublicPolicy = !isPublic, RestrictPublicBuckets = !isPublic },
                });
                break;
            case "key":
                var keyId = $"00000000-0000-4000-8000-{id}";
                var keyStatements = new List<string> { Resource(root, "\"kms:*\"", "\"*\"") };
                if (partnerGrant) keyStatements.Add(Resource($$$"""{"AWS":"arn:aws:iam::{{{Partner}}}:root"}""", Quoted("kms:Decrypt", "kms:DescribeKey"), "\"*\"", $$$"""{"StringEquals":{"kms:ViaService":"s3.{{{region}}}.amazonaws.com"}}"""));
                if (n % 10 == 2) keyStatements.Add(Resource($$$"""{"AWS":"{{{lambdaRoles[n % lambdaRoles.Count]}}}"}""", Quoted("kms:Decrypt", "kms:GenerateDataKey*"), "\"*\""));
                builder.Add(new KmsKey { Arn = $"arn:aws:kms:{region}:{AccountId}:key/{keyId}", Name = keyId, AccountId = AccountId, Region = region, KeyId = keyId, RotationEnabled = true, Policy = Identity([.. keyStatements]) });
                break;
            case "queue":
                var queue = $"arn:aws:sqs:{region}:{AccountId}:{name}";
                builder.Add(new SqsQueue
                {
                    Arn = queue, Name = name, AccountId = AccountId, Region = region, QueueUrl = $"https://sqs.{region}.amazonaws.com/{AccountId}/{name}", SqsManagedSseEnabled = true,
                    Policy = Identity(Resource("""{"Service":"sns.amazonaws.com"}""", "\"sqs:SendMessage\"", Quoted(queue), $$$"""{"ArnEquals":{"aws:SourceArn":"arn:aws:sns:{{{region}}}:{{{AccountId}}}:{{{app}}}-topic-{{{n:D5}}}"}}"""),
                        isPublic ? Resource("\"*\"", "\"sqs:SendMessage\"", Quoted(queue)) : Resource(root, "\"sqs:*\"", Quoted(queue))),
                });
                break;
            case "topic":
                var topic = $"arn:aws:sns:{region}:{AccountId}:{name}";
                builder.Add(new SnsTopic
                {
                    Arn = topic, Name = name, AccountId = AccountId, Region = region,
                    Policy = Identity(Resource(root, Quoted("SNS:Publish", "SNS:Subscribe", "SNS:GetTopicAttributes"), Quoted(topic)),
                        partnerGrant ? Resource($$$"""{"AWS":"arn:aws:iam::{{{Partner}}}:root"}""", "\"SNS:Subscribe\"", Quoted(topic), """{"StringEquals":{"SNS:Protocol":"sqs"}}""") : Resource("""{"Service":"events.amazonaws.com"}""", "\"sns:Publish\"", Quoted(topic))),
                });
                break;
            case "function":
                var function = $"arn:aws:lambda:{region}:{AccountId}:function:{name}";
                builder.Add(new LambdaFunction
                {
                    Arn = function, Name = name, AccountId = AccountId, Region = region, Runtime = "python3.12", RoleArn = lambdaRoles[random.Next(lambdaRoles.Count)],
                    Policy = Identity(isPublic
                        ? Resource("\"*\"", "\"lambda:InvokeFunctionUrl\"", Quoted(function), """{"StringEquals":{"lambda:FunctionUrlAuthType":"NONE"}}""")
                        : Resource("""{"Service":"apigateway.amazonaws.com"}""", "\"lambda:InvokeFunction\"", Quoted(function), $$$"""{"ArnLike":{"AWS:SourceArn":"arn:aws:execute-api:{{{region}}}:{{{AccountId}}}:api{{{n % 300}}}/*"}}""")),
                });
                break;
            case "secret":
                var secret = $"arn:aws:secretsmanager:{region}:{AccountId}:secret:{app}/{name}-AbCdEf";
                builder.Add(new Secret
                {
                    Arn = secret, Name = $"{app}/{name}", AccountId = AccountId, Region = region, RotationEnabled = true,
                    Policy = partnerGrant ? Identity(Resource($$$"""{"AWS":"arn:aws:iam::{{{Partner}}}:role/reader"}""", "\"secretsmanager:GetSecretValue\"", "\"*\"")) : null,
                });
                break;
            case "layer":
                AddLayerVersion(builder, region, app, n, partnerGrant, isPublic);
                break;
            default:
                builder.Add(new EcrRepository
                {
                    Arn = $"arn:aws:ecr:{region}:{AccountId}:repository/{name}", Name = name, AccountId = AccountId, Region = region, ScanOnPush = true,
                    Policy = Identity(Resource($$$"""{"AWS":"arn:aws:iam::{{{(partnerGrant ? Partner : AccountId)}}}:root"}""", Quoted("ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"), "\"*\"").Replace(",\"Resource\":\"*\"", "", StringComparison.Ordinal)),
                });
                break;
        }
    }

    /// <summary>A version of one of an application's layers, shared as AddLayerVersionPermission shares it: with the
    /// organization, with the partner account, with every account (rarely), or with another account of the estate.</summary>
    private static void AddLayerVersion(SnapshotBuilder builder, string region, string app, int n, bool partnerGrant, bool isPublic)
    {
        var layerName = $"{app}-layer-{n % 40:D2}";
        var version = n / 40 + 1;
        var arn = $"arn:aws:lambda:{region}:{AccountId}:layer:{layerName}:{version}";
        var statement = isPublic ? Resource("\"*\"", "\"lambda:GetLayerVersion\"", Quoted(arn))
            : partnerGrant ? Resource($$$"""{"AWS":"arn:aws:iam::{{{Partner}}}:root"}""", "\"lambda:GetLayerVersion\"", Quoted(arn))
            : n % 5 == 2 ? Resource($$$"""{"AWS":"arn:aws:iam::{{{AccountId}}}:root"}""", "\"lambda:GetLayerVersion\"", Quoted(arn))
            : Resource("\"*\"", "\"lambda:GetLayerVersion\"", Quoted(arn), """{"StringEquals":{"aws:PrincipalOrgID":"o-bench0000"}}""");
        builder.Add(new LambdaLayerVersion
        {
            Arn = arn, Name = $"{layerName}:{version}", AccountId = AccountId, Region = region, LayerName = layerName, Version = version,
            CompatibleRuntimes = ["python3.12"], Policy = Identity(statement),
        });
    }
}
