namespace Vigil.Access.Privesc;

/// <summary>Finds the first alternative of a technique whose every action the engine allows the actor, on resources with
/// one name the attacker chooses; returns the permissions used.</summary>
internal static class AlternativeProbe
{
    public static List<GrantedPermission>? FirstAllowed(
        PrivescEstate estate,
        Actor actor,
        IReadOnlyList<IReadOnlyList<ActionOn>> alternatives,
        IReadOnlyDictionary<string, string>? setValues = null)
    {
        foreach (var alternative in alternatives)
        {
            if (!alternative.All(a => actor.MayAllow(a.Action))) continue;
            foreach (var (region, name) in ResourceNames.For(actor, estate.Region))
            {
                var granted = new List<GrantedPermission>(alternative.Count);
                foreach (var (action, template) in alternative)
                {
                    var resource = ResourceNames.Fill(template, region, actor.AccountId, name);
                    if (estate.Probe.Allowed(actor, action, resource, actor.AccountId, setValues) is not { } permission) break;
                    granted.Add(permission);
                }
                if (granted.Count == alternative.Count) return granted;
            }
        }
        return null;
    }
}
