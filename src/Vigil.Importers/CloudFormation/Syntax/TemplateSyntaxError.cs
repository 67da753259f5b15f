using Vigil.Core;

namespace Vigil.Importers.CloudFormation.Syntax;

/// <summary>Builds the "FILE:LINE: reason" input errors of a template.</summary>
internal static class TemplateSyntaxError
{
    public static VigilInputException At(string path, int line, string reason) =>
        new(line > 0 ? $"{path}:{line}: {reason}" : $"{path}: {reason}");
}
