using Vigil.Core.Model.Iam;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>aws_iam_user with its policies, group memberships (aws_iam_group_membership, aws_iam_user_group_membership),
/// console password (aws_iam_user_login_profile), access keys (aws_iam_access_key) and MFA devices
/// (aws_iam_virtual_mfa_device is not tied to a user in its own arguments, so only enabled devices of the state count:
/// none for a planned user).</summary>
internal sealed class IamUserMapper : IResourceMapper
{
    public string Type => "aws_iam_user";

    public void Map(PlanInstance instance, MappingContext context)
    {
        var identity = context.Identity(instance);
        var unknowns = new Unknowns();
        var boundary = context.Read(instance, "permissions_boundary");
        unknowns.Track("PermissionsBoundaryArn", boundary);
        var user = new IamUser
        {
            Arn = identity.Arn,
            Name = identity.Name,
            AccountId = context.AccountId,
            Tags = context.Tags(instance),
            Location = context.Location(instance),
            Path = context.Read(instance, "path").String ?? "/",
            PermissionsBoundaryArn = context.Text(boundary),
            HasConsolePassword = context.Joined(instance, "aws_iam_user_login_profile", "user").Any(),
            AccessKeys = context.Joined(instance, "aws_iam_access_key", "user")
                .Select(k => new AccessKey { AccessKeyId = k.Address, Status = context.Read(k, "status").String ?? "Active" })
                .ToList(),
            Groups = Groups(instance, context),
            InlinePolicies = IamAttachments.Inline(instance, "user", context, unknowns),
            AttachedPolicies = IamAttachments.Attached(instance, "user", context, unknowns),
        };
        context.Add(user, unknowns);
    }

    private static List<string> Groups(PlanInstance user, MappingContext context)
    {
        var groups = new List<string>();
        foreach (var membership in context.Index.OfType("aws_iam_group_membership"))
        {
            if (IamAttachments.Names(membership, "users", user, context) && GroupName(context.Read(membership, "group"), context) is { } name) groups.Add(name);
        }
        foreach (var membership in context.Joined(user, "aws_iam_user_group_membership", "user"))
        {
            var value = context.Read(membership, "groups");
            if (value.Kind == PlanValueKind.Reference) groups.AddRange(value.AllReferenced!.Select(g => context.Identity(g).Name));
            else groups.AddRange(value.Strings);
        }
        return groups.Distinct(StringComparer.Ordinal).ToList();
    }

    private static string? GroupName(PlanValue group, MappingContext context) =>
        group.Referenced is { } referenced ? context.Identity(referenced).Name : group.String;
}
