using Vigil.Core;
using Vigil.Testing;

namespace Vigil.Importers.Tests.CloudFormation;

/// <summary>The input error a broken template raises, with the template's path replaced by FILE.</summary>
internal static class TemplateErrors
{
    public static string Of(string template, string extension = ".yaml", IReadOnlyDictionary<string, string>? parameters = null)
    {
        using var dir = new TempDirectory();
        var path = dir.File("template" + extension, template);
        var error = Assert.Throws<VigilInputException>(() => TemplateImport.File(path, parameters));
        return error.Message.Replace(path, "FILE", StringComparison.Ordinal);
    }
}
