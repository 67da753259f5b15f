using Vigil.Core.Checks;
using Vigil.Core.Suppressions;

namespace Vigil.Core.Engine;

public sealed record ScanOptions
{
    public CheckSelection Selection { get; init; } = new();
    public CheckSettings Settings { get; init; } = CheckSettings.Default;
    public MuteSet Mutes { get; init; } = MuteSet.None;
}
