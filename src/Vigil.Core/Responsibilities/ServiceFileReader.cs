using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Vigil.Core.Responsibilities;

/// <summary>Reads one service file of data/responsibility/services (format in data/responsibility/README.md).</summary>
public static partial class ServiceFileReader
{
    private static readonly string[] ServiceKeys = ["id", "name", "category", "basis", "categoryNote", "presence", "aws", "customer", "shared"];
    private static readonly string[] PresenceKeys = ["resourceTypes", "settings"];
    private static readonly string[] AwsKeys = ["duties", "evidence"];
    private static readonly string[] AwsDutyKeys = ["id", "text"];
    private static readonly string[] CustomerDutyKeys = ["id", "text", "checks", "manual", "awsDefault"];
    private static readonly string[] SharedKeys = ["aws", "customer", "checks", "manual"];

    public static ServiceResponsibility Read(string text, string source)
    {
        var root = new YamlFields(Load(text, source), source, "", ServiceKeys);
        var id = Identifier(root, "id");
        var service = new ServiceResponsibility
        {
            Id = id,
            Name = root.RequiredText("name"),
            Category = Category(root),
            CategoryBasis = Basis(root),
            CategoryNote = root.OptionalText("categoryNote"),
            Presence = Presence(root, source),
            AwsDuties = AwsDuties(root, source, out var evidence),
            Evidence = evidence,
            CustomerDuties = root.Items("customer", required: true).Select(item => CustomerDuty(item.Node, item.Path, source)).ToList(),
            SharedControls = SharedControls(root, source),
        };
        var duplicate = service.AwsDuties.Select(d => d.Id).Concat(service.CustomerDuties.Select(d => d.Id)).Concat(SharedControlIds.All)
            .GroupBy(d => d, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidDataException($"{source}: duty id '{duplicate.Key}' is used more than once in the service (ids must be unique, and the shared control ids are reserved).");
        return service;
    }

    /// <summary>Reads data/responsibility/common.yaml: the duties AWS carries for every service and the evidence reports.</summary>
    public static (IReadOnlyList<AwsDuty> AwsDuties, IReadOnlyList<EvidenceReport> Evidence) ReadCommon(string text, string source)
    {
        var root = new YamlFields(Load(text, source), source, "", ["awsDuties", "evidence"]);
        var duties = root.Items("awsDuties", required: true).Select(item => AwsDuty(item.Node, item.Path, source)).ToList();
        var evidence = root.Items("evidence", required: true).Select(item =>
        {
            var fields = new YamlFields(item.Node, source, item.Path, ["id", "name", "description"]);
            return new EvidenceReport(Identifier(fields, "id"), fields.RequiredText("name"), fields.RequiredText("description"));
        }).ToList();
        return (duties, evidence);
    }

    private static YamlNode Load(string text, string source)
    {
        var yaml = new YamlStream();
        try
        {
            yaml.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{source}: line {e.Start.Line}: not valid YAML: {e.Message}");
        }
        return yaml.Documents.Count == 1
            ? yaml.Documents[0].RootNode
            : throw new InvalidDataException($"{source}: expected exactly one YAML document.");
    }

    private static ServiceCategory Category(YamlFields root) => root.RequiredText("category") switch
    {
        "infrastructure" => ServiceCategory.Infrastructure,
        "container" => ServiceCategory.Container,
        "abstracted" => ServiceCategory.Abstracted,
        _ => throw root.Error("category", "infrastructure, container or abstracted"),
    };

    private static CategoryBasis Basis(YamlFields root) => root.RequiredText("basis") switch
    {
        "aws-named" => CategoryBasis.AwsNamed,
        "derived" => CategoryBasis.Derived,
        _ => throw root.Error("basis", "aws-named or derived"),
    };

    private static ServicePresence Presence(YamlFields root, string source)
    {
        var fields = new YamlFields(root.Required("presence"), source, "presence", PresenceKeys);
        var presence = new ServicePresence { ResourceTypes = fields.TextList("resourceTypes"), Settings = fields.TextList("settings") };
        foreach (var type in presence.ResourceTypes)
        {
            if (!ResourceTypeName().IsMatch(type)) throw fields.Error("resourceTypes", $"CloudFormation type names like AWS::S3::Bucket, not '{type}'");
        }
        foreach (var setting in presence.Settings)
        {
            if (!PresenceSettings.Names.Contains(setting))
                throw fields.Error("settings", $"account-level settings among {string.Join(", ", PresenceSettings.Names)}, not '{setting}'");
        }
        if (presence.ResourceTypes.Count + presence.Settings.Count == 0)
            throw fields.Error(root.Required("presence"), "presence", "at least one resource type or setting");
        return presence;
    }

    private static List<AwsDuty> AwsDuties(YamlFields root, string source, out IReadOnlyList<string> evidence)
    {
        var fields = new YamlFields(root.Required("aws"), source, "aws", AwsKeys);
        evidence = fields.TextList("evidence");
        if (evidence.Count == 0) throw fields.Error("evidence", "a non-empty list of evidence report ids");
        return fields.Items("duties", required: true).Select(item => AwsDuty(item.Node, item.Path, source)).ToList();
    }

    private static AwsDuty AwsDuty(YamlNode node, string path, string source)
    {
        var fields = new YamlFields(node, source, path, AwsDutyKeys);
        return new AwsDuty(Identifier(fields, "id"), fields.RequiredText("text"));
    }

    private static CustomerDuty CustomerDuty(YamlNode node, string path, string source)
    {
        var fields = new YamlFields(node, source, path, CustomerDutyKeys);
        var duty = new CustomerDuty
        {
            Id = Identifier(fields, "id"),
            Text = fields.RequiredText("text"),
            Checks = fields.TextList("checks"),
            Manual = fields.OptionalText("manual"),
            AwsDefault = fields.OptionalText("awsDefault"),
        };
        EitherChecksOrManual(fields, node, duty.Checks, duty.Manual);
        return duty;
    }

    private static List<SharedControl> SharedControls(YamlFields root, string source)
    {
        var fields = new YamlFields(root.Required("shared"), source, "shared", SharedControlIds.All.ToArray());
        return SharedControlIds.All.Select(id =>
        {
            var node = fields.Node(id) ?? throw fields.Error(id, $"the shared control '{id}' (every service describes {string.Join(", ", SharedControlIds.All)})");
            var control = new YamlFields(node, source, YamlFields.Join("shared", id), SharedKeys);
            var checks = control.TextList("checks");
            var manual = control.OptionalText("manual");
            EitherChecksOrManual(control, node, checks, manual);
            return new SharedControl { Id = id, Aws = control.RequiredText("aws"), Customer = control.RequiredText("customer"), Checks = checks, Manual = manual };
        }).ToList();
    }

    private static void EitherChecksOrManual(YamlFields fields, YamlNode node, IReadOnlyList<string> checks, string? manual)
    {
        if ((checks.Count > 0) == (manual is not null))
            throw fields.Error(node, fields.Path, "either 'checks' (the ids of the checks that verify it) or 'manual' (what a person must attest), not both and not neither");
        var repeated = checks.GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null) throw fields.Error("checks", $"each check id once, but '{repeated.Key}' is listed twice");
    }

    private static string Identifier(YamlFields fields, string key)
    {
        var value = fields.RequiredText(key);
        return KebabCase().IsMatch(value) ? value : throw fields.Error(key, $"a lower-case id of letters, digits and hyphens, not '{value}'");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();

    [GeneratedRegex("^AWS::[A-Za-z0-9]+::[A-Za-z0-9]+$")]
    private static partial Regex ResourceTypeName();
}
