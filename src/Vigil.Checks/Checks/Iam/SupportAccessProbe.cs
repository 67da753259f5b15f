using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model.Iam;
using Vigil.Iam;

namespace Vigil.Checks.Checks.Iam;

/// <summary>Asks the IAM engine whether a role, through its own collected policies, may open and follow AWS Support
/// cases without being an administrator: its inline policies and the attached managed policies whose documents are in
/// the snapshot, under its permissions boundary, must allow the probe actions, and none of its policies may grant full
/// administrative access. A policy whose document is not in the snapshot grants nothing here; a boundary whose
/// document is not in the snapshot makes the answer no.</summary>
internal static class SupportAccessProbe
{
    private static readonly string[] Actions = ["support:CreateCase", "support:DescribeCases", "support:AddCommunicationToCase", "support:ResolveCase"];

    public static bool ManagesCases(CheckContext context, IamRole role)
    {
        var policies = new List<Policy>();
        foreach (var (document, source) in Documents(context, role))
        {
            if (CompiledPolicies.Get(context, document, source).Policy is { } policy) policies.Add(policy);
        }

        if (policies.Count == 0) return false;
        Policy? boundary = null;
        if (role.PermissionsBoundaryArn is { } boundaryArn)
        {
            if (context.Index.ByArn<ManagedPolicy>(boundaryArn)?.Document is not { } boundaryDocument) return false;
            boundary = CompiledPolicies.Get(context, boundaryDocument, boundaryArn).Policy;
            if (boundary is null) return false;
        }

        var managesCases = Actions.All(action => Evaluator.Evaluate(new AuthorizationRequest
        {
            Principal = role.Arn,
            Action = action,
            Resource = "*",
            ResourceAccount = role.AccountId,
            IdentityPolicies = policies,
            PermissionsBoundary = boundary,
        }).Decision == Decision.Allowed);

        // Asked last because it is the costly question, and only of the few roles that may manage cases.
        return managesCases && !Documents(context, role).Any(d => FullAdminProbe.Verdict(context, role.AccountId, d.Document, d.Source).FullAdmin);
    }

    private static IEnumerable<(string Document, string Source)> Documents(CheckContext context, IamRole role)
    {
        foreach (var inline in role.InlinePolicies) yield return (inline.Document, $"{role.Arn} inline {inline.PolicyName}");
        foreach (var attached in role.AttachedPolicies)
        {
            if (context.Index.ByArn<ManagedPolicy>(attached.PolicyArn)?.Document is { } document) yield return (document, attached.PolicyArn);
        }
    }
}
