namespace Vigil.Core.Responsibilities;

/// <summary>The shared controls of the AWS Shared Responsibility Model; every service describes all three.</summary>
public static class SharedControlIds
{
    public const string PatchManagement = "patch-management";
    public const string ConfigurationManagement = "configuration-management";
    public const string AwarenessTraining = "awareness-training";

    public static IReadOnlyList<string> All { get; } = [PatchManagement, ConfigurationManagement, AwarenessTraining];

    public static string Title(string id) => id switch
    {
        PatchManagement => "Patch management",
        ConfigurationManagement => "Configuration management",
        AwarenessTraining => "Awareness and training",
        _ => id,
    };
}
