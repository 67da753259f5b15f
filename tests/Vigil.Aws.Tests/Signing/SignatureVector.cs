using System.Text;
using System.Text.Json;
using Vigil.Aws.Http;
using Vigil.Aws.Signing;

namespace Vigil.Aws.Tests.Signing;

/// <summary>One request of a signature test-suite file and the Authorization header it must get.</summary>
public sealed record SignatureVector(string Suite, string Name, JsonElement Request, JsonElement File)
{
    public static IEnumerable<object[]> Load(string fileName)
    {
        var file = JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Signing", fileName))).RootElement;
        return file.GetProperty("vectors").EnumerateArray()
            .Select(v => new object[] { new SignatureVector(fileName, v.GetProperty("name").GetString()!, v, file) });
    }

    public string ExpectedAuthorization => Request.GetProperty("authorization").GetString()!;

    public string SignedAuthorization(bool s3Rules)
    {
        var request = new AwsHttpRequest
        {
            Method = Request.GetProperty("method").GetString()!,
            Endpoint = new Uri("https://" + Request.GetProperty("host").GetString()),
            Path = Request.GetProperty("path").GetString()!,
            Body = Encoding.UTF8.GetBytes(Request.GetProperty("body").GetString()!),
        };
        foreach (var pair in Request.GetProperty("query").EnumerateArray())
        {
            request.Query.Add(new(pair[0].GetString()!, pair[1].GetString()!));
        }
        foreach (var header in Request.GetProperty("headers").EnumerateObject())
        {
            request.Headers[header.Name] = header.Value.GetString()!;
        }
        var credentials = new SigningCredentials(File.GetProperty("accessKeyId").GetString()!, File.GetProperty("secretAccessKey").GetString()!);
        var time = DateTimeOffset.Parse(File.GetProperty("signingDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        SigV4Signer.Sign(request, credentials, File.GetProperty("region").GetString()!, File.GetProperty("service").GetString()!, time, s3Rules);
        return request.Headers["Authorization"];
    }

    public override string ToString() => Name;
}
