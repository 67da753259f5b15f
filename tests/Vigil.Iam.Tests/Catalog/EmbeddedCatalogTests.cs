using Vigil.Iam.Catalog;
using Vigil.Testing;

namespace Vigil.Iam.Tests.Catalog;

public sealed class EmbeddedCatalogTests
{
    private static readonly string DataFile = RepositoryRoot.Combine("data", "iam", "catalog.json.gz");

    [Fact]
    public void EmbeddedResource_IsTheCommittedDataFile()
    {
        using var embedded = ActionCatalog.OpenBuiltIn();
        using var copy = new MemoryStream();
        embedded.CopyTo(copy);
        Assert.Equal(File.ReadAllBytes(DataFile), copy.ToArray());
    }

    [Fact]
    public void DataFile_IsSmall() => Assert.True(new FileInfo(DataFile).Length < 2_000_000, $"{new FileInfo(DataFile).Length} bytes");

    [Fact]
    public void Documentation_NamesThePackageVersionTheCatalogHolds()
    {
        var doc = File.ReadAllText(RepositoryRoot.Combine("docs", "iam-catalog.md"));
        Assert.Contains($"`{ActionCatalog.BuiltIn.PackageName}@{ActionCatalog.BuiltIn.PackageVersion}`", doc, StringComparison.Ordinal);
    }
}
