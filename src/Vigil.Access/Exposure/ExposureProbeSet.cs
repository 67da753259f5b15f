namespace Vigil.Access.Exposure;

/// <summary>The probes of one kind of resource policy. <see cref="AcceptsAnonymous"/>: the service serves unsigned
/// requests (S3, SQS, EFS clients mounting without IAM), so a policy can open it to anyone, not only to any AWS
/// account.</summary>
public sealed record ExposureProbeSet(string Name, bool AcceptsAnonymous, IReadOnlyList<ExposureProbe> Probes)
{
    /// <summary>The per-scan cache of verdicts for this kind of policy.</summary>
    public string CacheName { get; } = "resource-policy-exposure-" + Name;

    public bool HasObjectProbes { get; } = Probes.Any(p => p.OnObject);
}
