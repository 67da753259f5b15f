namespace Vigil.Core.Responsibilities;

/// <summary>How to tell that an estate uses a service: any resource of <see cref="ResourceTypes"/> (CloudFormation
/// type names), or any account-level setting named in <see cref="Settings"/> (see <see cref="PresenceSettings"/>).</summary>
public sealed record ServicePresence
{
    public IReadOnlyList<string> ResourceTypes { get; init; } = [];
    public IReadOnlyList<string> Settings { get; init; } = [];
}
