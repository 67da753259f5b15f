using Vigil.Core.Model;
using Vigil.Core.Model.Iam;

namespace Vigil.Access.Conditions;

/// <summary>The condition keys AWS sets from who the caller is, filled from the input for an IAM user or role, so that
/// conditions on them are decided rather than left open: aws:PrincipalArn, aws:PrincipalAccount, aws:PrincipalType,
/// aws:PrincipalIsAWSService, aws:username (users), aws:PrincipalTag/KEY (the user's or role's tags; a session may add
/// more), and aws:PrincipalOrgID and aws:PrincipalOrgPaths when the account's organization is known. Keys about the
/// request itself (source IP, MFA, TLS, time, ...) stay open.</summary>
public static class PrincipalFacts
{
    public static Dictionary<string, IReadOnlyList<string>> For(Resource principal, Snapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(snapshot);
        var facts = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase)
        {
            ["aws:PrincipalArn"] = [principal.Arn],
            ["aws:PrincipalAccount"] = [principal.AccountId],
            ["aws:PrincipalIsAWSService"] = ["false"],
        };
        switch (principal)
        {
            case IamUser user:
                facts["aws:PrincipalType"] = ["User"];
                facts["aws:username"] = [user.Name];
                break;
            case IamRole:
                facts["aws:PrincipalType"] = ["AssumedRole"];
                break;
        }

        foreach (var (key, value) in principal.Tags) facts[$"aws:PrincipalTag/{key}"] = [value];
        foreach (var (key, value) in ForAccount(principal.AccountId, snapshot)) facts[key] = value;
        return facts;
    }

    /// <summary>For any principal of an account: aws:PrincipalAccount, and the organization keys when known.</summary>
    public static Dictionary<string, IReadOnlyList<string>> ForAccount(string accountId, Snapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var facts = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase) { ["aws:PrincipalAccount"] = [accountId] };
        var account = snapshot.Accounts.FirstOrDefault(a => a.AccountId == accountId);
        if (account?.OrganizationId is { } organization)
        {
            facts["aws:PrincipalOrgID"] = [organization];
            if (account.OrganizationParents is { } parents) facts["aws:PrincipalOrgPaths"] = [$"{organization}/{string.Join('/', parents)}/"];
        }

        return facts;
    }

    /// <summary>For a service principal: aws:PrincipalIsAWSService and aws:PrincipalServiceName.</summary>
    public static Dictionary<string, IReadOnlyList<string>> ForService(string service) =>
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["aws:PrincipalIsAWSService"] = ["true"],
            ["aws:PrincipalServiceName"] = [service],
        };
}
