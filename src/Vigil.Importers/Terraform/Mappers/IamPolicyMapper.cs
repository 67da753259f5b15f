using Vigil.Core.Model.Iam;
using Vigil.Importers.Terraform.Plan;

namespace Vigil.Importers.Terraform.Mappers;

/// <summary>aws_iam_policy: a customer managed policy whose one version (v1) is the planned document, attached to the
/// identities the plan's attachment resources name.</summary>
internal sealed class IamPolicyMapper : IResourceMapper
{
    public string Type => "aws_iam_policy";

    public void Map(PlanInstance instance, MappingContext context)
    {
        var identity = context.Identity(instance);
        var unknowns = new Unknowns();
        var document = context.Read(instance, "policy");
        unknowns.Track("Document", document);
        var policy = new ManagedPolicy
        {
            Arn = identity.Arn,
            Name = identity.Name,
            AccountId = context.AccountId,
            Tags = context.Tags(instance),
            Location = context.Location(instance),
            Path = context.Read(instance, "path").String ?? "/",
            DefaultVersionId = "v1",
            Document = document.String,
            Versions = document.String is { } json ? [new PolicyVersion("v1", true, json)] : [],
            AttachmentCount = AttachmentCount(instance, context),
        };
        context.Add(policy, unknowns);
    }

    private static int AttachmentCount(PlanInstance policy, MappingContext context)
    {
        var count = 0;
        foreach (var (type, attribute) in IamAttachments.Attachments)
        {
            foreach (var attachment in context.Joined(policy, type, "policy_arn"))
            {
                var holders = context.Read(attachment, attribute);
                count += type == "aws_iam_policy_attachment"
                    ? holders.Kind == PlanValueKind.Reference ? holders.AllReferenced!.Count : holders.Strings.Count
                    : 1;
            }
        }
        foreach (var role in context.Index.OfType("aws_iam_role"))
        {
            var arns = context.Read(role, "managed_policy_arns");
            if (arns.Kind == PlanValueKind.Reference ? arns.AllReferenced!.Contains(policy) : arns.Strings.Contains(context.Identity(policy).Arn)) count++;
        }
        return count;
    }
}
