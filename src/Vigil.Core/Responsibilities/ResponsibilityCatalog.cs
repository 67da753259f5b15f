namespace Vigil.Core.Responsibilities;

/// <summary>The responsibility catalog embedded from data/responsibility: one entry per AWS service, the duties AWS
/// carries for every service, and the evidence reports the services refer to.</summary>
public sealed class ResponsibilityCatalog
{
    public ResponsibilityCatalog(IReadOnlyList<ServiceResponsibility> services, IReadOnlyList<AwsDuty> commonAwsDuties, IReadOnlyList<EvidenceReport> evidence)
    {
        Services = services;
        CommonAwsDuties = commonAwsDuties;
        Evidence = evidence;
        var duplicate = services.GroupBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidDataException($"data/responsibility: service id '{duplicate.Key}' is defined more than once.");
        var known = evidence.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var service in services)
        {
            var unknown = service.Evidence.FirstOrDefault(e => !known.Contains(e));
            if (unknown is not null)
                throw new InvalidDataException($"data/responsibility/services/{service.Id}.yaml: aws.evidence: '{unknown}' is not an evidence report of common.yaml (known: {string.Join(", ", known)}).");
        }
    }

    public IReadOnlyList<ServiceResponsibility> Services { get; }
    public IReadOnlyList<AwsDuty> CommonAwsDuties { get; }
    public IReadOnlyList<EvidenceReport> Evidence { get; }

    public ServiceResponsibility? Find(string id) => Services.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase));

    public EvidenceReport EvidenceReport(string id) => Evidence.First(e => e.Id == id);

    private static readonly Lazy<ResponsibilityCatalog> Embedded = new(LoadEmbedded);

    public static ResponsibilityCatalog BuiltIn => Embedded.Value;

    private static ResponsibilityCatalog LoadEmbedded()
    {
        var assembly = typeof(ResponsibilityCatalog).Assembly;
        string Text(string name)
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            return reader.ReadToEnd();
        }
        var services = new List<ServiceResponsibility>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("responsibility/services/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var source = "data/" + name;
            var service = ServiceFileReader.Read(Text(name), source);
            if (name != $"responsibility/services/{service.Id}.yaml")
                throw new InvalidDataException($"{source}: the file of service '{service.Id}' must be named {service.Id}.yaml.");
            services.Add(service);
        }
        var (duties, evidence) = ServiceFileReader.ReadCommon(Text("responsibility/common.yaml"), "data/responsibility/common.yaml");
        return new ResponsibilityCatalog(services, duties, evidence);
    }
}
