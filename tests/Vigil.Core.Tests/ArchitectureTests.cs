using System.Xml.Linq;
using Vigil.Testing;

namespace Vigil.Core.Tests;

/// <summary>Dependency arrows point inward (DESIGN.md): Core and Iam depend on nothing of ours.</summary>
public sealed class ArchitectureTests
{
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Vigil.Core"] = [],
        ["Vigil.Iam"] = [],
        ["Vigil.Checks"] = ["Vigil.Core", "Vigil.Iam", "Vigil.Access"],
        ["Vigil.Access"] = ["Vigil.Core", "Vigil.Iam"],
        ["Vigil.Aws"] = ["Vigil.Core"],
        ["Vigil.Importers"] = ["Vigil.Core", "Vigil.Iam"],
        ["Vigil.Reports"] = ["Vigil.Core"],
        ["Vigil.Demo"] = ["Vigil.Core"],
    };

    [Fact]
    public void SourceProjects_ReferenceOnlyWhatTheLayeringAllows()
    {
        foreach (var project in Directory.GetFiles(RepositoryRoot.Combine("src"), "*.csproj", SearchOption.AllDirectories))
        {
            var name = Path.GetFileNameWithoutExtension(project);
            if (name == "Vigil.Cli") continue;
            Assert.True(Allowed.ContainsKey(name), $"{name} is not in the layering table of ArchitectureTests; add it with its allowed references");
            var references = XDocument.Load(project).Descendants("ProjectReference")
                .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value));
            foreach (var reference in references)
            {
                Assert.True(Allowed[name].Contains(reference), $"{name} must not reference {reference}");
            }
        }
    }

    [Fact]
    public void Core_DoesNotReferenceTheAwsSdk()
    {
        var project = XDocument.Load(RepositoryRoot.Combine("src", "Vigil.Core", "Vigil.Core.csproj"));
        Assert.DoesNotContain(project.Descendants("PackageReference"), p => p.Attribute("Include")!.Value.StartsWith("AWSSDK", StringComparison.Ordinal));
    }
}
