namespace Vigil.Importers;

/// <summary>The importer for each input kind other than a Vigil snapshot.</summary>
public static class InputImporters
{
    private static readonly IImporter[] All =
    [
        new CloudFormation.CloudFormationImporter(),
        new IamAuthorizationDetails.IamAuthorizationDetailsImporter(),
        new AwsConfig.AwsConfigImporter(),
    ];

    /// <summary>The importer for <paramref name="kind"/>, or null when this build cannot read that kind.</summary>
    public static IImporter? For(string kind) => All.FirstOrDefault(i => i.Kind == kind);
}
