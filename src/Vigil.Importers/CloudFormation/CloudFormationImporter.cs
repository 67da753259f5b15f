using Vigil.Core;
using Vigil.Core.Model;
using Vigil.Importers.CloudFormation.Mapping;
using Vigil.Importers.CloudFormation.Stacks;

namespace Vigil.Importers.CloudFormation;

/// <summary>Reads a CloudFormation template (JSON or YAML) into the snapshot a deployment of it would be read as.</summary>
public sealed class CloudFormationImporter : IImporter
{
    public string Kind => "cloudformation";

    public async Task<Snapshot> ImportAsync(string path, ImportOptions options, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new VigilInputException($"{path}: cannot read the template: {e.Message}");
        }
        var builder = new SnapshotBuilder().Region(options.Region);
        StackImporter.Import(path, text, options, new MappingContext(builder));
        return builder.Build();
    }
}
