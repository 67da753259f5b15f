using Vigil.Core.Checks;
using Vigil.Core.Engine;
using Vigil.Core.Findings;

namespace Vigil.Cli.Commands;

internal sealed record ScanRequest(
    InputRequest Input,
    IReadOnlyList<string> Formats,
    string? OutputFile,
    string? OutputDirectory,
    CheckSelection Selection,
    IReadOnlyList<FindingStatus> Statuses,
    Severity? FailOn,
    string? MuteFile,
    string? SettingsFile);
