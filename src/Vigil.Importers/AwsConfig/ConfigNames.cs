namespace Vigil.Importers.AwsConfig;

/// <summary>ARNs and display names of resources, as the live collectors form them, for items that lack an ARN.</summary>
internal static class ConfigNames
{
    public static string Arn(ConfigItem item, string service, string resource) =>
        item.Arn ?? $"arn:aws:{service}:{item.Region}:{item.AccountId}:{resource}";

    /// <summary>The Name tag, else the id (EC2 resources have no name of their own).</summary>
    public static string TagNameOr(ConfigItem item, string id) =>
        item.Tags.TryGetValue("Name", out var name) && name.Length > 0 ? name : id;
}
