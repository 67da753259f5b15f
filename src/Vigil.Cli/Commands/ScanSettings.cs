using Vigil.Core.Checks;
using Vigil.Demo;

namespace Vigil.Cli.Commands;

/// <summary>The check settings a command judges with: the --config file when given, else the demo company's own
/// settings for --demo (allowed regions, classification tag, backup copies: docs/demo.md), else the defaults.</summary>
internal static class ScanSettings
{
    public static CheckSettings For(InputRequest input, string? configFile) =>
        configFile is not null ? SettingsFile.Load(configFile)
        : input.Demo ? DemoEstate.Settings
        : CheckSettings.Default;
}
