namespace Vigil.Access.Exposure;

/// <summary>What one resource policy opens outside its account, or why that could not be worked out.</summary>
public sealed record PolicyExposureResult(IReadOnlyList<ExposureGrant> Grants, string? Problem)
{
    public static PolicyExposureResult Closed { get; } = new([], null);
}
