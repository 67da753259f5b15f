using System.Text.Json.Nodes;
using Vigil.Core.Model.Iam;

namespace Vigil.Aws.Collectors.Iam;

/// <summary>Turns GetAccountAuthorizationDetails entries into snapshot records.</summary>
internal static class IamEntityMapping
{
    public static IamGroup Group(JsonNode detail, string accountId) => new()
    {
        Arn = detail.Text("Arn") ?? throw Missing("group", "Arn"),
        Name = detail.Text("GroupName") ?? throw Missing("group", "GroupName"),
        AccountId = accountId,
        Path = detail.Text("Path") ?? "/",
        AttachedPolicies = PolicyDocuments.Attached(detail),
        InlinePolicies = PolicyDocuments.Inline(detail, "GroupPolicyList"),
    };

    public static IamRole Role(JsonNode detail, string accountId) => new()
    {
        Arn = detail.Text("Arn") ?? throw Missing("role", "Arn"),
        Name = detail.Text("RoleName") ?? throw Missing("role", "RoleName"),
        AccountId = accountId,
        Path = detail.Text("Path") ?? "/",
        CreateDate = detail.Time("CreateDate"),
        TrustPolicy = PolicyDocuments.Decode(detail.Text("AssumeRolePolicyDocument")),
        PermissionsBoundaryArn = detail["PermissionsBoundary"].Text("PermissionsBoundaryArn"),
        LastUsedDate = detail["RoleLastUsed"].Time("LastUsedDate"),
        LastUsedRegion = detail["RoleLastUsed"].Text("Region"),
        AttachedPolicies = PolicyDocuments.Attached(detail),
        InlinePolicies = PolicyDocuments.Inline(detail, "RolePolicyList"),
        InstanceProfileArns = [.. detail.Items("InstanceProfileList").Select(p => p.Text("Arn")).OfType<string>()],
        Tags = detail.Tags("Tags"),
    };

    /// <summary>The instance profiles the roles are in (a profile holding no role grants nothing and is left out).</summary>
    public static IEnumerable<InstanceProfile> InstanceProfiles(IEnumerable<JsonNode> roles, string accountId) => roles
        .SelectMany(r => r.Items("InstanceProfileList"))
        .Where(p => p.Text("Arn") is not null)
        .DistinctBy(p => p.Text("Arn"), StringComparer.Ordinal)
        .Select(p => new InstanceProfile
        {
            Arn = p.Text("Arn")!,
            Name = p.Text("InstanceProfileName") ?? throw Missing("instance profile", "InstanceProfileName"),
            AccountId = accountId,
            RoleArns = [.. p.Items("Roles").Select(r => r.Text("Arn")).OfType<string>()],
            Tags = p.Tags("Tags"),
        });

    public static ManagedPolicy Policy(JsonNode detail, string accountId)
    {
        var arn = detail.Text("Arn") ?? throw Missing("managed policy", "Arn");
        var defaultVersion = detail.Text("DefaultVersionId");
        var versions = detail.Items("PolicyVersionList")
            .Where(v => v.Text("VersionId") is not null && v.Text("Document") is not null)
            .Select(v => new PolicyVersion(v.Text("VersionId")!, v.Flag("IsDefaultVersion") ?? v.Text("VersionId") == defaultVersion,
                PolicyDocuments.Decode(v.Text("Document"))!, v.Time("CreateDate")))
            .ToList();
        return new ManagedPolicy
        {
            Arn = arn,
            Name = detail.Text("PolicyName") ?? throw Missing("managed policy", "PolicyName"),
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
    public static IamUser User(JsonNode detail, string accountId) => new()
    {
        Arn = detail.Text("Arn") ?? throw Missing("user", "Arn"),
        Name = detail.Text("UserName") ?? throw Missing("user", "UserName"),
        AccountId = accountId,
        UserId = detail.Text("UserId"),
        Path = detail.Text("Path") ?? "/",
        CreateDate = detail.Time("CreateDate"),
        Groups = [.. detail.Items("GroupList").Select(g => g.GetValue<string>())],
        AttachedPolicies = PolicyDocuments.Attached(detail),
        InlinePolicies = PolicyDocuments.Inline(detail, "UserPolicyList"),
        PermissionsBoundaryArn = detail["PermissionsBoundary"].Text("PermissionsBoundaryArn"),
        Tags = detail.Tags("Tags"),
    };

    /// <summary>AWS managed policies live in the pseudo-account "aws": arn:PARTITION:iam::aws:policy/...</summary>
    private static bool IsAwsManaged(string arn) => arn.Split(':') is [_, _, "iam", _, "aws", ..];

    private static InvalidDataException Missing(string what, string member) =>
        new($"iam:GetAccountAuthorizationDetails returned a {what} without {member}.");
}
