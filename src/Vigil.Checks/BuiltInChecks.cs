using Vigil.Core.Engine;

namespace Vigil.Checks;

/// <summary>The catalog of every check in this assembly.</summary>
public static class BuiltInChecks
{
    private static readonly Lazy<CheckCatalog> Lazy = new(() => CheckCatalog.FromAssemblies(typeof(BuiltInChecks).Assembly));

    public static CheckCatalog Catalog => Lazy.Value;
}
