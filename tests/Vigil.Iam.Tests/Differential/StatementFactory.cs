using System.Text.Json.Nodes;
using Vigil.Iam.Catalog;

namespace Vigil.Iam.Tests.Differential;

/// <summary>Writes statements for each policy type around one request: action and resource patterns that often (not always) match, Not-forms, principals of every kind, conditions.</summary>
internal sealed class StatementFactory(Random random, Caller caller, ActionTarget target, ConditionFactory conditions)
{
    private readonly string _service = target.Action.ServicePrefix;

    public JsonObject Identity(bool allow) => Statement(allow, principal: false, resource: true, notForms: true);

    public JsonObject Resource(bool allow) => Statement(allow, principal: true, resource: !target.IsRoleTrust, notForms: true);

    /// <summary>A customer RCP statement: Deny, Principal "*", an Action naming a service (never "*" alone, never NotAction).</summary>
    public JsonObject ResourceControl()
    {
        var statement = new JsonObject { ["Effect"] = "Deny", ["Principal"] = "*" };
        statement["Action"] = Many(() => ActionPattern() is var action && action == "*" ? _service + ":*" : action);
        statement[random.Next(6) == 0 ? "NotResource" : "Resource"] = Many(ResourcePattern);
        if (random.Next(10) < 6) statement["Condition"] = conditions.Condition();
        return statement;
    }

    public static JsonObject AllowEverything(bool withPrincipal)
    {
        var statement = new JsonObject { ["Effect"] = "Allow" };
        if (withPrincipal) statement["Principal"] = "*";
        statement["Action"] = "*";
        statement["Resource"] = "*";
        return statement;
    }

    private JsonObject Statement(bool allow, bool principal, bool resource, bool notForms)
    {
        var statement = new JsonObject();
        if (random.Next(4) == 0) statement["Sid"] = "S" + random.Next(100);
        statement["Effect"] = allow ? "Allow" : "Deny";
        if (principal) statement[random.Next(6) == 0 ? "NotPrincipal" : "Principal"] = PrincipalElement();
        statement[notForms && random.Next(7) == 0 ? "NotAction" : "Action"] = Many(ActionPattern);
        if (resource) statement[notForms && random.Next(8) == 0 ? "NotResource" : "Resource"] = Many(ResourcePattern);
        if (random.Next(3) == 0) statement["Condition"] = conditions.Condition();
        return statement;
    }

    private JsonNode Many(Func<string> make)
    {
        var count = 1 + random.Next(random.Next(3) == 0 ? 3 : 1);
        if (count == 1 && random.Next(2) == 0) return JsonValue.Create(make());
        return new JsonArray(Enumerable.Range(0, count).Select(_ => (JsonNode?)JsonValue.Create(make())).ToArray());
    }

    private string ActionPattern()
    {
        var name = target.Action.Name;
        var full = target.Action.FullName;
        return random.Next(20) switch
        {
            < 6 => full,
            6 => full.ToLowerInvariant(),
            7 => _service.ToUpperInvariant() + ":" + name,
            < 11 => _service + ":*",
            < 13 => _service + ":" + name[..Math.Max(1, name.Length / 2)] + "*",
            13 => _service + ":" + name[..^1] + "?",
            < 15 => "*",
            < 18 => OtherAction(),
            _ => _service == "sqs" ? "sns:*" : "sqs:*",
        };
    }

    private string OtherAction()
    {
        if (!ActionCatalog.BuiltIn.TryGetService(_service, out var service)) throw new InvalidOperationException($"{_service} is not in the catalog");
        return service.Actions[random.Next(service.Actions.Count)].FullName;
    }

    private string ResourcePattern()
    {
        var resource = target.Resource;
        if (resource == "*") return random.Next(2) == 0 ? "*" : $"arn:aws:{_service}:*:{CaseVocabulary.Home}:*";
        var cut = IdStart(resource);
        var head = resource[..cut];
        var id = resource[cut..];
        return random.Next(20) switch
        {
            < 4 => "*",
            < 9 => resource,
            < 12 => head + id[..(id.Length / 2)] + "*",
            12 => id.Length > 1 ? head + "?" + id[1..] : resource,
            13 => head + "${aws:username}" + (random.Next(2) == 0 ? "" : "*"),
            14 => head + id[..(id.Length / 2)] + "${aws:PrincipalTag/team, 'data'}*",
            15 => head + "other-" + id,
            16 => "arn:aws:s3:::bucket-9/*",
            17 => WildcardAccount(resource),
            18 => head + id.ToUpperInvariant(),
            _ => resource.Replace(CaseVocabulary.Home, CaseVocabulary.Other, StringComparison.Ordinal),
        };
    }

    /// <summary>Where the resource id starts: after the resource type and its first '/' or ':' (iam-simulate matches the type prefix literally).</summary>
    private static int IdStart(string arn)
    {
        var colons = 0;
        var start = 0;
        for (var i = 0; i < arn.Length; i++)
        {
            if (arn[i] != ':') continue;
            if (++colons == 5)
            {
                start = i + 1;
                break;
            }
        }

        var separator = arn.IndexOfAny(['/', ':'], start);
        return separator < 0 ? start : separator + 1;
    }

    private static string WildcardAccount(string arn)
    {
        var parts = arn.Split(':', 6);
        if (parts.Length < 6) return arn;
        if (parts[3].Length > 0) parts[3] = "*";
        if (parts[4].Length > 0) parts[4] = "*";
        return string.Join(':', parts);
    }

    private JsonNode PrincipalElement()
    {
        if (random.Next(10) == 0) return JsonValue.Create("*");
        var element = new JsonObject();
        var aws = new List<string>();
        var services = new List<string>();
        var count = 1 + random.Next(3);
        for (var i = 0; i < count; i++)
        {
            if (random.Next(6) == 0) services.Add(caller.Kind == CallerKind.Service && random.Next(2) == 0 ? caller.Principal : CaseVocabulary.ServicePrincipals[random.Next(3)]);
            else aws.Add(AwsPrincipal());
        }

        if (aws.Count > 0) element["AWS"] = Strings(aws.Distinct().ToList());
        if (services.Count > 0) element["Service"] = Strings(services.Distinct().ToList());
        return element;
    }

    private static JsonNode Strings(List<string> values) =>
        values.Count == 1 ? JsonValue.Create(values[0]) : new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    private string AwsPrincipal()
    {
        var account = caller.Account is { } own && random.Next(4) > 0 ? own : random.Next(2) == 0 ? CaseVocabulary.Home : CaseVocabulary.Other;
        return random.Next(16) switch
        {
            0 => "*",
            1 => account,
            < 4 => $"arn:aws:iam::{account}:root",
            < 6 when caller.Principal.StartsWith("arn:", StringComparison.Ordinal) => caller.Principal,
            6 => $"arn:aws:iam::{account}:user/alice",
            7 => $"arn:aws:iam::{account}:role/app",
            8 => $"arn:aws:sts::{account}:assumed-role/app/s1",
            9 => $"arn:aws:sts::{account}:assumed-role/app/s9",
            10 => $"arn:aws:sts::{account}:federated-user/carol",
            11 => $"arn:aws:iam::{account}:user/carol",
            12 => $"arn:aws:iam::{account}:role/aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport",
            13 => $"arn:aws:sts::{account}:assumed-role/AWSServiceRoleForSupport/s2",
            14 => $"arn:aws:iam::{CaseVocabulary.Stranger}:root",
            _ => $"arn:aws:iam::{account}:user/bob",
        };
    }
}
