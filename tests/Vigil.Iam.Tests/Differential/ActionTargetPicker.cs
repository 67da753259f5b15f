using System.Text.RegularExpressions;
using Vigil.Iam.Catalog;

namespace Vigil.Iam.Tests.Differential;

/// <summary>Picks real actions from Vigil's catalog, across many services, and builds a resource ARN from one of the action's resource-type formats.</summary>
internal sealed partial class ActionTargetPicker
{
    private static readonly string[] FocusServices =
        ["s3", "iam", "kms", "sts", "sqs", "sns", "ec2", "lambda", "dynamodb", "secretsmanager", "logs", "events", "ecr", "ssm", "rds", "codebuild"];

    private readonly ActionCatalog _catalog = ActionCatalog.BuiltIn;
    private readonly IamService[] _services;

    public ActionTargetPicker() => _services = _catalog.Services.Where(s => s.ActionCount > 0).ToArray();

    public ActionTarget Pick(Random random, string resourceAccount)
    {
        while (true)
        {
            var service = random.Next(2) == 0 && _catalog.TryGetService(FocusServices[random.Next(FocusServices.Length)], out var focus)
                ? focus
                : _services[random.Next(_services.Length)];
            var action = service.Actions[random.Next(service.Actions.Count)];
            if (action.ResourceTypes.Count == 0) return new ActionTarget(action, "*", Keys(action.ConditionKeys));

            var usable = action.ResourceTypes.Where(t => IsUsable(t.ArnFormat)).ToList();
            var required = usable.Where(t => t.Required).ToList();
            var choices = required.Count > 0 ? required : usable;
            if (choices.Count == 0) continue;
            var target = choices[random.Next(choices.Count)];
            var region = CaseVocabulary.Regions[random.Next(CaseVocabulary.Regions.Length)];
            var arn = Placeholder().Replace(target.ArnFormat, m => m.Groups[1].Value switch
            {
                "Partition" => "aws",
                "Region" => region,
                "Account" or "AccountId" => resourceAccount,
                _ => CaseVocabulary.Names[random.Next(CaseVocabulary.Names.Length)],
            });
            return new ActionTarget(action, arn, Keys([.. action.ConditionKeys, .. target.ConditionKeys, .. target.ResourceType.ConditionKeys]));
        }
    }

    private static bool IsUsable(string format) =>
        format.StartsWith("arn:${Partition}:", StringComparison.Ordinal) && !format.Contains('*', StringComparison.Ordinal)
        && format.Split(':').Length >= 6;

    /// <summary>The keys as a request holds them (tag-key placeholders filled in); identity-provider keys such as token.actions.githubusercontent.com/... are left out (iam-simulate cannot type them).</summary>
    private static List<TypedKey> Keys(IEnumerable<ConditionKey> keys) =>
        keys.Where(k => k.Name.IndexOf(':', StringComparison.Ordinal) is var colon && colon > 0 && k.Name.AsSpan(0, colon).IndexOfAny('.', '/') < 0)
            .Select(k => new TypedKey(Placeholder().Replace(k.Name, "team"), k.Type))
            .DistinctBy(k => k.Name.ToLowerInvariant())
            .ToList();

    [GeneratedRegex(@"\$\{([^}]*)\}")]
    private static partial Regex Placeholder();
}
