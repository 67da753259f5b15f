using Vigil.Core.Model;

namespace Vigil.Core.Engine;

/// <summary>A unit of parallel work: consecutive resources of one type and the checks that evaluate them, each resource
/// visited once for all of them (a million resources are then read from memory once per chunk, not once per check).</summary>
internal sealed record ChunkWork(IReadOnlyList<Resource> Resources, int Start, int Count, CheckChunk[] Checks);
