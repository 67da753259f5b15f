namespace Vigil.Access.Privesc;

/// <summary>Every IAM user and role of a snapshot with its escalation verdict, and the options the analysis assumed.</summary>
public sealed record PrivescReport(IReadOnlyList<PrincipalEscalation> Principals, PrivescOptions Options)
{
    private readonly Dictionary<string, PrincipalEscalation> _byArn = Principals
        .GroupBy(p => p.Arn, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public PrincipalEscalation? Find(string arn) => _byArn.GetValueOrDefault(arn);
}
