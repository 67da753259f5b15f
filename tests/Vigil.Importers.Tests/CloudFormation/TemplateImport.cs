using Vigil.Core.Model;
using Vigil.Importers.CloudFormation;
using Vigil.Testing;

namespace Vigil.Importers.Tests.CloudFormation;

/// <summary>Imports a template written by a test (or a fixture file) with the default options.</summary>
internal static class TemplateImport
{
    public static Snapshot Text(string template, string extension = ".yaml", IReadOnlyDictionary<string, string>? parameters = null)
    {
        using var dir = new TempDirectory();
        return File(dir.File("template" + extension, template), parameters);
    }

    public static Snapshot File(string path, IReadOnlyDictionary<string, string>? parameters = null) =>
        new CloudFormationImporter()
            .ImportAsync(path, new ImportOptions { Parameters = parameters ?? new Dictionary<string, string>() }, CancellationToken.None)
            .GetAwaiter().GetResult();
}
