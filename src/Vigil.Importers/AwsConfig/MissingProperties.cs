namespace Vigil.Importers.AwsConfig;

/// <summary>Builds the list of properties an AWS Config item does not hold, each with the call that reads it live.</summary>
internal sealed class MissingProperties(string service, string resourceType)
{
    private readonly List<(string Property, string Service, string Operation, string Reason)> _missing = [];

    public MissingProperties Add(string property, string operation, string? reason = null)
    {
        _missing.Add((property, service, operation, reason ?? $"AWS Config's {resourceType} item does not hold it"));
        return this;
    }

    public MissingProperties AddIf(bool condition, string property, string operation, string? reason = null) =>
        condition ? Add(property, operation, reason) : this;

    public IReadOnlyList<(string Property, string Service, string Operation, string Reason)> List => _missing;
}
