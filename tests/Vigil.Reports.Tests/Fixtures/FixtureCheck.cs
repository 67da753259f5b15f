using Vigil.Core.Checks;
using Vigil.Core.Model;

namespace Vigil.Reports.Tests.Fixtures;

/// <summary>A check with fixed metadata for report tests; its outcomes are set by the scan fixture, never evaluated.</summary>
internal sealed class FixtureCheck(CheckMetadata metadata) : ICheck
{
    public CheckMetadata Metadata { get; } = metadata;

    public Type ResourceType => typeof(Resource);

    public IReadOnlyList<Type> DependsOn => [];

    public IReadOnlyList<string>? Reads => [];

    public ResourceRef Describe(Resource resource) => ResourceRef.Of(resource);

    public CheckOutcome Evaluate(Resource resource, CheckContext context) =>
        throw new InvalidOperationException("fixture checks carry fixed outcomes");
}
