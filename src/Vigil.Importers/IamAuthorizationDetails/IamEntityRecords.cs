using System.Text.Json.Nodes;
using Vigil.Core;
using Vigil.Core.Model.Iam;
using Vigil.Importers.Detection;

namespace Vigil.Importers.IamAuthorizationDetails;

/// <summary>Turns the entries of GetAccountAuthorizationDetails (PascalCase, from the CLI or the API) and of AWS
/// Config's IAM configuration items (the same structures in camelCase) into snapshot records, as the live IAM
/// collector does. Users lack what that output does not hold; <see cref="UserCredentials"/> names it.</summary>
internal static class IamEntityRecords
{
    public static IamGroup Group(JsonNode detail, string accountId, string path) => new()
    {
        Arn = Required(detail, "Arn", "group", path),
        Name = Required(detail, "GroupName", "group", path),
        AccountId = accountId,
        Path = detail.Text("Path") ?? "/",
        AttachedPolicies = Attached(detail),
        InlinePolicies = Inline(detail, "GroupPolicyList"),
    };

    public static IamRole Role(JsonNode detail, string accountId, string path) => new()
    {
        Arn = Required(detail, "Arn", "role", path),
        Name = Required(detail, "RoleName", "role", path),
        AccountId = accountId,
        Path = detail.Text("Path") ?? "/",
        CreateDate = detail.Time("CreateDate"),
        TrustPolicy = detail.Document("AssumeRolePolicyDocument"),
        PermissionsBoundaryArn = detail.Object("PermissionsBoundary").Text("PermissionsBoundaryArn"),
        LastUsedDate = detail.Object("RoleLastUsed").Time("LastUsedDate"),
        LastUsedRegion = detail.Object("RoleLastUsed").Text("Region"),
        MaxSessionDuration = detail.Number("MaxSessionDuration") is { } seconds ? (int)seconds : null,
        AttachedPolicies = Attached(detail),
        InlinePolicies = Inline(detail, "RolePolicyList"),
        InstanceProfileArns = [.. detail.Items("InstanceProfileList").Select(p => p.Text("Arn")).OfType<string>()],
        Tags = detail.Tags("Tags"),
    };

    /// <summary>The instance profiles the roles are in (a profile holding no role grants nothing and is left out).</summary>
    public static IEnumerable<InstanceProfile> InstanceProfiles(IEnumerable<JsonNode> roles, string accountId, string path) => roles
        .SelectMany(r => r.Items("InstanceProfileList"))
        .Where(p => p.Text("Arn") is not null)
        .DistinctBy(p => p.Text("Arn"), StringComparer.Ordinal)
        .Select(p => new InstanceProfile
        {
            Arn = p.Text("Arn")!,
            Name = Required(p, "InstanceProfileName", "instance profile", path),
            AccountId = accountId,
            RoleArns = [.. p.Items("Roles").Select(r => r.Text("Arn")).OfType<string>()],
            Tags = p.Tags("Tags"),
        });

    public static ManagedPolicy Policy(JsonNode detail, string accountId, string path)
    {
        var arn = Required(detail, "Arn", "managed policy", path);
        var defaultVersion = detail.Text("DefaultVersionId");
        var versions = detail.Items("PolicyVersionList")
            .Select(v => (Id: v.Text("VersionId"), Document: v.Document("Document"), Version: v))
            .Where(v => v.Id is not null && v.Document is not null)
            .Select(v => new PolicyVersion(v.Id!, v.Version.Flag("IsDefaultVersion") ?? v.Id == defaultVersion, v.Document!, v.Version.Time("CreateDate")))
            .ToList();
        return new ManagedPolicy
        {
            Arn = arn,
            Name = Required(detail, "PolicyName", "managed policy", path),
            AccountId = accountId,
            Path = detail.Text("Path") ?? "/",
            IsAwsManaged = IsAwsManaged(arn),
            DefaultVersionId = defaultVersion,
            Document = versions.FirstOrDefault(v => v.IsDefaultVersion)?.Document,
            AttachmentCount = (int)(detail.Number("AttachmentCount") ?? 0),
            Versions = versions,
        };
    }

    /// <summary>A user without the credentials read per user (access keys, MFA devices) or from the credential report.</summary>
    public static IamUser User(JsonNode detail, string accountId, string path) => new()
    {
        Arn = Required(detail, "Arn", "user", path),
        Name = Required(detail, "UserName", "user", path),
        AccountId = accountId,
        UserId = detail.Text("UserId"),
        Path = detail.Text("Path") ?? "/",
        CreateDate = detail.Time("CreateDate"),
        Groups = detail.Texts("GroupList"),
        AttachedPolicies = Attached(detail),
        InlinePolicies = Inline(detail, "UserPolicyList"),
        PermissionsBoundaryArn = detail.Object("PermissionsBoundary").Text("PermissionsBoundaryArn"),
        Tags = detail.Tags("Tags"),
    };

    /// <summary>The account of an IAM ARN (arn:PARTITION:iam::ACCOUNT:...), or null for AWS managed policies.</summary>
    public static string? AccountOf(string arn) =>
        arn.Split(':') is [_, _, "iam", _, var account, ..] && account.Length == 12 && account.All(char.IsAsciiDigit) ? account : null;

    private static IReadOnlyList<InlinePolicy> Inline(JsonNode detail, string listName) =>
    [
        .. detail.Items(listName)
            .Select(p => (Name: p.Text("PolicyName"), Document: p.Document("PolicyDocument")))
            .Where(p => p.Name is not null && p.Document is not null)
            .Select(p => new InlinePolicy(p.Name!, p.Document!)),
    ];

    private static IReadOnlyList<AttachedPolicy> Attached(JsonNode detail) =>
    [
        .. detail.Items("AttachedManagedPolicies")
            .Where(p => p.Text("PolicyArn") is not null)
            .Select(p => new AttachedPolicy(p.Text("PolicyName") ?? p.Text("PolicyArn")!, p.Text("PolicyArn")!)),
    ];

    /// <summary>AWS managed policies live in the pseudo-account "aws": arn:PARTITION:iam::aws:policy/...</summary>
    private static bool IsAwsManaged(string arn) => arn.Split(':') is [_, _, "iam", _, "aws", ..];

    private static string Required(JsonNode detail, string member, string what, string path) =>
        detail.Text(member) ?? throw new VigilInputException($"{path}: a {what} entry has no {member}: {Abbreviated(detail)}");

    private static string Abbreviated(JsonNode detail)
    {
        var text = detail.ToJsonString();
        return text.Length <= 120 ? text : text[..117] + "...";
    }
}
