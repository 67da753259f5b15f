using System.Text.RegularExpressions;
using Vigil.Aws.Models;

namespace Vigil.ScriptedAws.Wire;

/// <summary>Tells which operation a signed request calls, as an AWS endpoint shared by every service would: the
/// SigV4 credential scope names the service and region; the query protocols' Action parameter, the json protocol's
/// X-Amz-Target header, or the REST protocols' method, path template and fixed query keys name the operation.</summary>
public sealed partial class RequestRecognizer(ModelCatalog models)
{
    public RecognizedCall Recognize(FakeRequest request)
    {
        var authorization = request.Header("Authorization") ?? throw new UnrecognizedRequestException("the request is not signed (no Authorization header)");
        var scope = CredentialScope().Match(authorization);
        if (!scope.Success) throw new UnrecognizedRequestException($"no SigV4 credential scope in '{authorization}'");
        var (region, signingName) = (scope.Groups["region"].Value, scope.Groups["service"].Value);
        var candidates = models.Services.Where(s => s.SigningName == signingName).ToList();
        if (candidates.Count == 0) throw new UnrecognizedRequestException($"no service signs as '{signingName}'");
        if (candidates.All(s => s.Protocol is WireProtocol.RestJson or WireProtocol.RestXml))
        {
            if (RestRoute.Match(candidates, request) is { } route)
            {
                return new RecognizedCall(route.Operation, region, InputDecoder.FromRest(route.Operation, request, route.Labels));
            }
        }
        else
        {
            foreach (var service in candidates)
            {
                if (Find(service, request) is { } found) return found with { Region = region };
            }
        }
        throw new UnrecognizedRequestException($"cannot tell which {signingName} operation {request.Method} {request.Path} is");
    }

    private static RecognizedCall? Find(ServiceModel service, FakeRequest request)
    {
        switch (service.Protocol)
        {
            case WireProtocol.Query or WireProtocol.Ec2:
                var form = FormBody.Parse(request.Body);
                var action = form.FirstOrDefault(p => p.Key == "Action").Value;
                var version = form.FirstOrDefault(p => p.Key == "Version").Value;
                if (action is null || (version is not null && version != service.ApiVersion) || !service.Operations.Any(o => o.Name == action)) return null;
                var operation = service.Operation(action);
                return new RecognizedCall(operation, "", InputDecoder.FromForm(operation, form));
            case WireProtocol.Json:
                var target = request.Header("X-Amz-Target");
                if (target is null || !target.StartsWith(service.TargetPrefix + ".", StringComparison.Ordinal)) return null;
                var name = target[(target.LastIndexOf('.') + 1)..];
                if (!service.Operations.Any(o => o.Name == name)) return null;
                var jsonOperation = service.Operation(name);
                return new RecognizedCall(jsonOperation, "", InputDecoder.FromJsonBody(jsonOperation, request.Body));
            default:
                return RestRoute.Match([service], request) is { } route
                    ? new RecognizedCall(route.Operation, "", InputDecoder.FromRest(route.Operation, request, route.Labels))
                    : null;
        }
    }

    [GeneratedRegex(@"Credential=(?<key>[^/]+)/\d{8}/(?<region>[^/]+)/(?<service>[^/]+)/aws4_request")]
    private static partial Regex CredentialScope();
}
