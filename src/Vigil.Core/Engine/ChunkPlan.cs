using Vigil.Core.Model;

namespace Vigil.Core.Engine;

/// <summary>Gathers the checks' chunks into units of work: the checks of one chunk of resources share a unit; a check
/// that prepares a whole-snapshot analysis has units of its own, evaluated last so that the analysis runs beside
/// everything else (<see cref="Preparations"/>).</summary>
internal sealed class ChunkPlan
{
    private readonly Dictionary<(IReadOnlyList<Resource> Resources, int Start), (int Count, List<CheckChunk> Checks)> _shared = [];
    private readonly List<(IReadOnlyList<Resource> Resources, int Start)> _order = [];
    private readonly List<ChunkWork> _alone = [];

    public void Add(IReadOnlyList<Resource> resources, int start, int count, CheckChunk check, bool alone)
    {
        if (alone)
        {
            _alone.Add(new ChunkWork(resources, start, count, [check]));
            return;
        }
        if (!_shared.TryGetValue((resources, start), out var unit))
        {
            _shared[(resources, start)] = unit = (count, []);
            _order.Add((resources, start));
        }
        unit.Checks.Add(check);
    }

    public List<ChunkWork> InOrder() =>
        [.. _order.Select(key => new ChunkWork(key.Resources, key.Start, _shared[key].Count, [.. _shared[key].Checks])), .. _alone];
}
