namespace Vigil.Aws.Models;

/// <summary>One API operation of a service: its HTTP binding, input and output shapes, errors and paginator.</summary>
public sealed class Operation
{
    internal Operation(ServiceModel service, string name, string httpMethod, string requestUri)
    {
        Service = service;
        Name = name;
        HttpMethod = httpMethod;
        RequestUri = requestUri;
    }

    public ServiceModel Service { get; }
    public string Name { get; }
    public string HttpMethod { get; }
    /// <summary>The REST path template, possibly with a fixed query part: "/{Bucket}?policy".</summary>
    public string RequestUri { get; }
    public Shape? Input { get; internal init; }
    /// <summary>The root element name of a rest-xml request body.</summary>
    public string? InputLocationName { get; internal init; }
    public XmlNamespace? InputXmlNamespace { get; internal init; }
    public Shape? Output { get; internal init; }
    /// <summary>The query protocol's element wrapping the result: "GetCallerIdentityResult".</summary>
    public string? ResultWrapper { get; internal init; }
    public IReadOnlyList<Shape> Errors { get; internal init; } = [];
    /// <summary>A host prefix template such as "{AccountId}." filled from hostLabel members.</summary>
    public string? HostPrefix { get; internal init; }
    public Paginator? Paginator { get; internal init; }

    public override string ToString() => $"{Service.Name}:{Name}";
}
