using Vigil.Core.Model;

namespace Vigil.Core.Responsibilities;

/// <summary>Finds the services of the catalog that an estate uses: those with resources of their types, with an
/// account-level setting that was inventoried, or with a recorded collection error (so that what could not be
/// read shows as error instead of disappearing).</summary>
public static class ServiceDetector
{
    public static IReadOnlyList<(ServiceResponsibility Service, int Resources, IReadOnlyList<string> Settings, int Errors)> Detect(
        ResponsibilityCatalog catalog, Snapshot snapshot)
    {
        var byType = snapshot.AllResources().GroupBy(r => r.ResourceType, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var present = new List<(ServiceResponsibility, int, IReadOnlyList<string>, int)>();
        foreach (var service in catalog.Services)
        {
            var resources = service.Presence.ResourceTypes.Sum(t => byType.GetValueOrDefault(t));
            var settings = service.Presence.Settings.Where(s => PresenceSettings.IsPresent(s, snapshot)).ToList();
            var errors = snapshot.Errors.Count(e => string.Equals(e.Service, service.Id, StringComparison.Ordinal)
                || (e.ResourceType is { } type && service.Presence.ResourceTypes.Contains(type, StringComparer.Ordinal)));
            if (resources > 0 || settings.Count > 0 || errors > 0) present.Add((service, resources, settings, errors));
        }
        return present;
    }
}
