using Vigil.Core.Model;

namespace Vigil.Importers;

/// <summary>Turns one input file of a kind other than a Vigil snapshot into a snapshot the checks run on.
/// Bad input throws <see cref="Core.VigilInputException"/> naming the file, the line where known, and the reason.</summary>
public interface IImporter
{
    /// <summary>The input kind of CONTRACTS.md this importer reads (cloudformation, terraform-plan, ...).</summary>
    string Kind { get; }

    Task<Snapshot> ImportAsync(string path, ImportOptions options, CancellationToken cancellationToken);
}
