using System.IO.Compression;
using System.Text.Json;

namespace Vigil.Aws.Models;

/// <summary>The service models embedded in Vigil.Aws (data/aws/models.json.gz, generated from botocore by
/// tools/aws-models/generate.mjs) and the partitions with their global endpoints.</summary>
public sealed class ModelCatalog
{
    private static readonly Lazy<ModelCatalog> Embedded = new(LoadEmbedded);
    private readonly IReadOnlyDictionary<string, ServiceModel> _services;

    internal ModelCatalog(string source, IReadOnlyDictionary<string, ServiceModel> services, IReadOnlyList<Partition> partitions)
    {
        Source = source;
        _services = services;
        Partitions = partitions;
    }

    public static ModelCatalog Default => Embedded.Value;

    /// <summary>Where the models came from: "botocore 1.43.11".</summary>
    public string Source { get; }
    public IReadOnlyList<Partition> Partitions { get; }
    public IReadOnlyCollection<ServiceModel> Services => (IReadOnlyCollection<ServiceModel>)_services.Values;

    public ServiceModel Service(string name) =>
        _services.TryGetValue(name, out var service)
            ? service
            : throw new ArgumentException(
                $"No service '{name}' in Vigil's models (known: {string.Join(", ", _services.Keys.Order(StringComparer.Ordinal))})",
                nameof(name));

    public Operation Operation(string service, string operation) => Service(service).Operation(operation);

    /// <summary>The partition whose region pattern matches; regions of no known partition fall back to "aws".</summary>
    public Partition PartitionFor(string region)
    {
        foreach (var partition in Partitions)
        {
            if (partition.RegionPattern.IsMatch(region)) return partition;
        }
        return Partitions.First(p => p.Name == "aws");
    }

    public static ModelCatalog Read(Stream gzippedJson)
    {
        using var gzip = new GZipStream(gzippedJson, CompressionMode.Decompress);
        using var document = JsonDocument.Parse(gzip);
        return ModelReader.Read(document.RootElement);
    }

    private static ModelCatalog LoadEmbedded()
    {
        using var stream = typeof(ModelCatalog).Assembly.GetManifestResourceStream("aws/models.json.gz")
            ?? throw new InvalidOperationException("The embedded resource aws/models.json.gz is missing from Vigil.Aws");
        return Read(stream);
    }
}
