using Vigil.Aws.Models;

namespace Vigil.Aws.Endpoints;

/// <summary>Resolves https://{endpointPrefix}.{region}.{dnsSuffix}, the partition's global endpoint for services
/// that are not regionalised (IAM, CloudFront, Organizations, Account), or a custom endpoint. Custom endpoints, in
/// the AWS SDKs' order of precedence: the explicit URL (--endpoint-url), then AWS_ENDPOINT_URL_&lt;SERVICE&gt; (the
/// service id upper-cased with spaces as underscores: AWS_ENDPOINT_URL_CLOUDWATCH_LOGS), then AWS_ENDPOINT_URL.</summary>
public sealed class EndpointResolver(ModelCatalog models, Uri? endpointUrl, Func<string, string?> environment)
{
    public ResolvedEndpoint Resolve(ServiceModel service, string region)
    {
        if (string.IsNullOrWhiteSpace(region)) throw new ArgumentException($"A region is needed to call {service.Name}", nameof(region));
        var partition = models.PartitionFor(region);
        var global = partition.GlobalEndpoints.GetValueOrDefault(service.EndpointPrefix);
        var signingRegion = global?.SigningRegion ?? region;
        if (CustomEndpoint(service) is { } custom) return new ResolvedEndpoint(custom, signingRegion, IsCustom: true);
        var host = global?.Hostname ?? $"{service.EndpointPrefix}.{region}.{partition.DnsSuffix}";
        return new ResolvedEndpoint(new Uri($"https://{host}"), signingRegion, IsCustom: false);
    }

    public static string EnvironmentVariableFor(ServiceModel service) =>
        "AWS_ENDPOINT_URL_" + service.ServiceId.ToUpperInvariant().Replace(' ', '_');

    private Uri? CustomEndpoint(ServiceModel service)
    {
        if (endpointUrl is not null) return Validated(endpointUrl.OriginalString, "--endpoint-url");
        var variable = EnvironmentVariableFor(service);
        if (environment(variable) is { Length: > 0 } specific) return Validated(specific, variable);
        return environment("AWS_ENDPOINT_URL") is { Length: > 0 } general ? Validated(general, "AWS_ENDPOINT_URL") : null;
    }

    private static Uri Validated(string text, string source) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new ArgumentException($"{source} must be an absolute http or https URL, got '{text}'");
}
