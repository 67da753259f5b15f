using Vigil.Access.Principals;
using Vigil.Access.Privesc;
using Vigil.Core.Model;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.AutoScaling;
using Vigil.Core.Model.Ec2;
using Vigil.Core.Model.Iam;
using Vigil.Core.Model.Lambda;
using Vigil.Core.Model.Organizations;

namespace Vigil.Access.Tests.Privesc;

/// <summary>A small estate for privilege-escalation tests: one account, users, groups, roles, policies, instance profiles,
/// functions and instances, optionally in an organization with SCPs.</summary>
internal sealed class TestEstate
{
    public const string Account = "111122223333";
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly List<IamUser> _users = [];
    private readonly List<IamRole> _roles = [];
    private readonly List<IamGroup> _groups = [];
    private readonly List<ManagedPolicy> _policies = [];
    private readonly List<InstanceProfile> _profiles = [];
    private readonly List<LambdaFunction> _functions = [];
    private readonly List<Ec2Instance> _instances = [];
    private readonly List<OrganizationPolicy> _scps = [];
    private readonly List<LaunchTemplate> _templates = [];
    private readonly List<AutoScalingGroup> _scalingGroups = [];
    private readonly List<CollectionError> _errors = [];

    public static string UserArn(string name) => $"arn:aws:iam::{Account}:user/{name}";

    public static string RoleArn(string name) => $"arn:aws:iam::{Account}:role/{name}";

    public static string PolicyArn(string name) => $"arn:aws:iam::{Account}:policy/{name}";

    public TestEstate User(string name, string? inline = null, string[]? groups = null, string[]? managed = null, string? boundary = null,
        bool password = false, int keys = 0, string[]? moreInline = null)
    {
        var inlines = new List<InlinePolicy>();
        if (inline is not null) inlines.Add(new InlinePolicy("main", inline));
        foreach (var (doc, i) in (moreInline ?? []).Select((d, i) => (d, i))) inlines.Add(new InlinePolicy($"extra{i}", doc));
        _users.Add(new IamUser
        {
            Arn = UserArn(name), Name = name, AccountId = Account,
            InlinePolicies = inlines, Groups = groups ?? [],
            AttachedPolicies = [.. (managed ?? []).Select(a => new AttachedPolicy(a.Split('/')[^1], a))],
            PermissionsBoundaryArn = boundary, HasConsolePassword = password,
            AccessKeys = [.. Enumerable.Range(0, keys).Select(k => new AccessKey { AccessKeyId = $"AKIA{name}{k}", Status = "Active" })],
        });
        return this;
    }

    public TestEstate Role(string name, string trust, string? inline = null, string[]? managed = null, string? boundary = null, string? profile = null, string path = "/")
    {
        _roles.Add(new IamRole
        {
            Arn = $"arn:aws:iam::{Account}:role{path}{name}", Name = name, AccountId = Account, Path = path, TrustPolicy = trust,
            InlinePolicies = inline is null ? [] : [new InlinePolicy("main", inline)],
            AttachedPolicies = [.. (managed ?? []).Select(a => new AttachedPolicy(a.Split('/')[^1], a))],
            PermissionsBoundaryArn = boundary,
            InstanceProfileArns = profile is null ? [] : [$"arn:aws:iam::{Account}:instance-profile/{profile}"],
        });
        if (profile is not null)
            _profiles.Add(new InstanceProfile { Arn = $"arn:aws:iam::{Account}:instance-profile/{profile}", Name = profile, AccountId = Account, RoleArns = [RoleArn(name)] });
        return this;
    }

    /// <summary>A role allowed everything, trusting every pass-role service and, when given, more principals.</summary>
    public TestEstate AdminRole(string name = "admin", string? profile = "admin-profile", params string[] trusted) =>
        Role(name, Doc.Trust([.. Doc.Services, .. trusted]), Doc.Everything, profile: profile);

    public TestEstate Group(string name, string? inline = null, string[]? managed = null)
    {
        _groups.Add(new IamGroup
        {
            Arn = $"arn:aws:iam::{Account}:group/{name}", Name = name, AccountId = Account,
            InlinePolicies = inline is null ? [] : [new InlinePolicy("main", inline)],
            AttachedPolicies = [.. (managed ?? []).Select(a => new AttachedPolicy(a.Split('/')[^1], a))],
        });
        return this;
    }

    public TestEstate Policy(string arn, string document, bool awsManaged = false, params PolicyVersion[] versions)
    {
        _policies.Add(new ManagedPolicy
        {
            Arn = arn, Name = arn.Split('/')[^1], AccountId = awsManaged ? "aws" : Account, IsAwsManaged = awsManaged, Document = document,
            DefaultVersionId = "v1", Versions = versions,
        });
        return this;
    }

    public TestEstate Function(string name, string roleName)
    {
        _functions.Add(new LambdaFunction { Arn = $"arn:aws:lambda:us-east-1:{Account}:function:{name}", Name = name, AccountId = Account, Region = "us-east-1", RoleArn = RoleArn(roleName) });
        return this;
    }

    public TestEstate Instance(string id, string profile, string state = "running")
    {
        _instances.Add(new Ec2Instance
        {
            Arn = $"arn:aws:ec2:us-east-1:{Account}:instance/{id}", Name = id, AccountId = Account, Region = "us-east-1", InstanceId = id, State = state,
            IamInstanceProfileArn = $"arn:aws:iam::{Account}:instance-profile/{profile}",
        });
        return this;
    }

    public static string LaunchTemplateArn(string id) => $"arn:aws:ec2:us-east-1:{Account}:launch-template/{id}";

    /// <summary>A launch template "lt-NAME" whose default version names <paramref name="profile"/> (by name; null: none), or
    /// whose default version was not read when <paramref name="read"/> is false.</summary>
    public TestEstate LaunchTemplate(string name, string? profile, bool read = true)
    {
        _templates.Add(new LaunchTemplate
        {
            Arn = LaunchTemplateArn("lt-" + name), Name = name, AccountId = Account, Region = "us-east-1", LaunchTemplateId = "lt-" + name,
            DefaultVersionNumber = 1, LatestVersionNumber = 1,
            DefaultVersion = read ? new LaunchTemplateData { VersionNumber = 1, IamInstanceProfileName = profile } : null,
            Unreadable = read ? [] : [nameof(Core.Model.Ec2.LaunchTemplate.DefaultVersion)],
        });
        return this;
    }

    /// <summary>An Auto Scaling group launching template "lt-TEMPLATE" (named by id, or by name when <paramref name="byName"/>)
    /// at <paramref name="version"/> (null: not said).</summary>
    public TestEstate AutoScalingGroup(string name, string template, string? version, bool byName = false)
    {
        _scalingGroups.Add(new AutoScalingGroup
        {
            Arn = $"arn:aws:autoscaling:us-east-1:{Account}:autoScalingGroup:0a1b2c3d-{name}:autoScalingGroupName/{name}", Name = name, AccountId = Account,
            Region = "us-east-1", LaunchTemplateId = byName ? null : "lt-" + template, LaunchTemplateName = byName ? template : null, LaunchTemplateVersion = version,
        });
        return this;
    }

    /// <summary>Records that the account's launch templates could not be listed.</summary>
    public TestEstate LaunchTemplatesUnlisted()
    {
        _errors.Add(new CollectionError
        {
            AccountId = Account, Service = "ec2", Region = "us-east-1", Operation = "DescribeLaunchTemplates", ErrorCode = "UnauthorizedOperation",
            ResourceType = ResourceTypes.LaunchTemplate,
        });
        return this;
    }

    /// <summary>Puts the account in an organization whose root has FullAWSAccess and whose account level has FullAWSAccess
    /// plus <paramref name="document"/>.</summary>
    public TestEstate Scp(string document)
    {
        _scps.Add(new OrganizationPolicy { Arn = "arn:aws:organizations::999988887777:policy/o-test/service_control_policy/p-guard", Name = "guard", AccountId = "999988887777", PolicyType = OrganizationPolicy.ServiceControlPolicy, Document = document, Targets = [Account] });
        return this;
    }

    public Snapshot Build()
    {
        var organization = _scps.Count > 0;
        var scps = organization
            ?
            [
                new OrganizationPolicy { Arn = "arn:aws:organizations::999988887777:policy/o-test/service_control_policy/p-FullAWSAccess", Name = "FullAWSAccess", AccountId = "999988887777", PolicyType = OrganizationPolicy.ServiceControlPolicy, Document = Doc.Everything, Targets = ["r-root", Account], AwsManaged = true },
                .. _scps,
            ]
            : new List<OrganizationPolicy>();
        return new Snapshot
        {
            Accounts = [new Account { Arn = Core.Model.Account.Account.ArnFor(Account), Name = "test", AccountId = Account, OrganizationId = organization ? "o-test" : null, OrganizationParents = organization ? ["r-root"] : null }],
            IamUsers = _users, IamRoles = _roles, IamGroups = _groups, IamPolicies = _policies, IamInstanceProfiles = _profiles,
            LambdaFunctions = _functions, Ec2Instances = _instances, OrganizationPolicies = scps,
            LaunchTemplates = _templates, AutoScalingGroups = _scalingGroups, Errors = _errors,
        };
    }

    public PrivescReport Analyze(bool assumeUncollected = false) =>
        new PrivescAnalyzer(new PrincipalDirectory(Build()), new PrivescOptions { Now = Now, AssumeUncollectedResources = assumeUncollected }).Analyze();
}
