namespace Vigil.Access.Privesc;

/// <summary>Every IAM user and role of a snapshot with its escalation verdict, and the options the analysis assumed.</summary>
public sealed record PrivescReport(IReadOnlyList<PrincipalEscalation> Principals, PrivescOptions Options)
{
    public PrincipalEscalation? Find(string arn) => Principals.FirstOrDefault(p => p.Arn == arn);
}
