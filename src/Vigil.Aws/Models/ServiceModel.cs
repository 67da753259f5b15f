namespace Vigil.Aws.Models;

/// <summary>One AWS service as described by its botocore model (only the operations Vigil lists).</summary>
public sealed class ServiceModel
{
    private readonly Dictionary<string, Operation> _operations = new(StringComparer.Ordinal);

    internal ServiceModel(string name, WireProtocol protocol, string apiVersion, string endpointPrefix)
    {
        Name = name;
        Protocol = protocol;
        ApiVersion = apiVersion;
        EndpointPrefix = endpointPrefix;
    }

    /// <summary>The botocore service name: "s3", "elbv2", "logs".</summary>
    public string Name { get; }
    public WireProtocol Protocol { get; }
    public string ApiVersion { get; }
    public string EndpointPrefix { get; }
    /// <summary>The SigV4 service name (signingName, falling back to the endpoint prefix).</summary>
    public string SigningName { get; internal init; } = "";
    /// <summary>The service id ("CloudWatch Logs") that names the AWS_ENDPOINT_URL_&lt;SERVICE&gt; variable.</summary>
    public string ServiceId { get; internal init; } = "";
    public string? TargetPrefix { get; internal init; }
    public string? JsonVersion { get; internal init; }
    public string? XmlNamespace { get; internal init; }
    /// <summary>A JSON service that still reports query-protocol error codes in the x-amzn-query-error header.</summary>
    public bool AwsQueryCompatible { get; internal init; }

    public IReadOnlyCollection<Operation> Operations => _operations.Values;

    public Operation Operation(string name) =>
        _operations.TryGetValue(name, out var operation)
            ? operation
            : throw new ArgumentException(
                $"{Name} has no operation '{name}' in Vigil's models (tools/aws-models/operations.txt lists the operations; known: {string.Join(", ", _operations.Keys.Order(StringComparer.Ordinal))})",
                nameof(name));

    internal void Add(Operation operation) => _operations.Add(operation.Name, operation);

    public override string ToString() => Name;
}
