using Vigil.Iam;

namespace Vigil.Access.Privesc;

/// <summary>Decisions about one actor that do not depend on the particular resource asked about (see
/// <see cref="ResourceIndependence"/>). Not thread-safe: an actor's edges and grants are found by one thread.</summary>
internal sealed class ActorCache
{
    public Dictionary<(string Service, string Account, Policy? ResourcePolicy), bool> Independence { get; } = [];

    public Dictionary<(string Action, string Account, string Service, string Values, Policy? ResourcePolicy), GrantedPermission?> Decisions { get; } = [];
}
