using System.IO.Compression;
using System.Text;
using Vigil.Aws.Models;

namespace Vigil.Aws.Tests.Protocols;

/// <summary>Builds a catalog from a models.json document written in a test, for shapes no listed operation has.</summary>
internal static class SyntheticModel
{
    public static ModelCatalog Read(string servicesJson)
    {
        const string Partitions = """[{"name": "aws", "dnsSuffix": "amazonaws.com", "regionRegex": "^us-", "globalEndpoints": {}}]""";
        var document = "{\"source\": \"test\", \"partitions\": " + Partitions + ", \"services\": " + servicesJson + "}";
        var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(document));
        }
        buffer.Position = 0;
        return ModelCatalog.Read(buffer);
    }
}
