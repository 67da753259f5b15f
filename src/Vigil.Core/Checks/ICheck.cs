using Vigil.Core.Model;

namespace Vigil.Core.Checks;

/// <summary>The engine's view of a check. Implement it through <see cref="Check{T}"/>.</summary>
public interface ICheck
{
    CheckMetadata Metadata { get; }

    /// <summary>The resource record type the check inspects, one finding per resource.</summary>
    Type ResourceType { get; }

    /// <summary>Resource record types whose collection the verdict depends on; a listing error for any of
    /// them in the resource's account turns the verdict into error.</summary>
    IReadOnlyList<Type> DependsOn { get; }

    /// <summary>Properties of the resource record the check reads; null means "any": then any
    /// unreadable property makes the verdict error.</summary>
    IReadOnlyList<string>? Reads { get; }

    CheckOutcome Evaluate(Resource resource, CheckContext context);

    /// <summary>Whether the check's verdicts share one analysis of the whole snapshot (<see cref="Prepare"/>).</summary>
    bool Prepares => false;

    /// <summary>Computes the shared analysis into the context's index. The engine starts it when the scan starts and
    /// evaluates the check's resources last, so that the analysis runs beside the other checks instead of holding up the
    /// cores that wait for it.</summary>
    void Prepare(CheckContext context)
    {
    }

    /// <summary>How the finding names its resource (regional settings use their own ARN form).</summary>
    ResourceRef Describe(Resource resource);
}
