using System.Reflection;

namespace Vigil.Core;

public static class ToolInfo
{
    public const string Name = "vigil";

    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";
}
