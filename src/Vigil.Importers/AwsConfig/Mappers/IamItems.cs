using Vigil.Core.Model;
using Vigil.Importers.Detection;
using Vigil.Importers.IamAuthorizationDetails;

namespace Vigil.Importers.AwsConfig.Mappers;

/// <summary>AWS::IAM::User, Group, Role and Policy: AWS Config records the entries of GetAccountAuthorizationDetails
/// in camelCase, so they are read as the authorization details importer reads them; a role's instance profiles come
/// with it, as in the live collection.</summary>
internal sealed class IamItems(string resourceType) : IConfigItemMapper
{
    public const string PolicyType = "AWS::IAM::Policy";

    public string ResourceType { get; } = resourceType;

    public void Map(ConfigItem item, ConfigImport import)
    {
        var c = item.Configuration;
        if (item.Arn is not null && !c.Has("arn")) c["arn"] = item.Arn;
        switch (ResourceType)
        {
            case ResourceTypes.IamUser:
                import.Add(UserCredentials.MarkMissing(IamEntityRecords.User(c, item.AccountId, import.Path) with { Tags = Tags(item) },
                    import.Path, "AWS Config's IAM user item", import.Errors));
                break;
            case ResourceTypes.IamGroup:
                import.Add(IamEntityRecords.Group(c, item.AccountId, import.Path));
                break;
            case ResourceTypes.IamRole:
                import.Add(IamEntityRecords.Role(c, item.AccountId, import.Path) with { Tags = Tags(item) });
                foreach (var profile in IamEntityRecords.InstanceProfiles([c], item.AccountId, import.Path)) import.Add(profile);
                break;
            case PolicyType:
                import.Add(IamEntityRecords.Policy(c, item.AccountId, import.Path));
                break;
        }
    }

    private static IReadOnlyDictionary<string, string> Tags(ConfigItem item) =>
        item.Tags.Count > 0 ? item.Tags : item.Configuration.Tags("tags");
}
