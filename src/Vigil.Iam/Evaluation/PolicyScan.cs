using Vigil.Iam.Policies;

namespace Vigil.Iam.Evaluation;

/// <summary>What one policy (or one level of policies) says about a request.</summary>
internal struct PolicyScan
{
    public bool Deny;
    public bool Allow;
    public PrincipalLevel AllowLevel;

    public void Add(Policy policy, string label, AuthorizationRequest request, List<StatementHit> hits)
    {
        foreach (var statement in policy.Statements)
        {
            var level = statement.Match(request);
            if (level == PrincipalLevel.None) continue;
            hits.Add(new StatementHit(label, statement));
            if (!statement.IsAllow)
            {
                Deny = true;
                continue;
            }

            Allow = true;
            if (level > AllowLevel) AllowLevel = level;
        }
    }
}
