using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Vigil.Aws.Collection;
using Vigil.Aws.Collectors.S3;
using Vigil.Aws.Execution;
using Vigil.Core.Model;
using Vigil.Core.Model.SecretsManager;

namespace Vigil.Aws.Collectors.SecretsManager;

/// <summary>The region's Secrets Manager secrets (including those scheduled for deletion) with their resource policies.</summary>
internal sealed partial class SecretCollector : IResourceCollector
{
    private static readonly string[] NoPolicy = ["ResourceNotFoundException"];

    public string Service => "secretsmanager";
    public bool Regional => true;
    public IReadOnlyList<string> Actions { get; } = ["secretsmanager:GetResourcePolicy", "secretsmanager:ListSecrets"];

    public async Task CollectAsync(CollectionTarget target, CollectionSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(sink);
        var listed = new List<JsonNode>();
        try
        {
            await foreach (var page in target.Client.PaginateAsync("secretsmanager", "ListSecrets", new JsonObject { ["IncludePlannedDeletion"] = true }, target.Region, cancellationToken).ConfigureAwait(false))
                listed.AddRange(page.Items("SecretList"));
        }
        catch (AwsServiceException e)
        {
            sink.Failed(e, target.AccountId, ResourceTypes.Secret);
            return;
        }
        var secrets = await Task.WhenAll(listed.Select(secret => ReadAsync(target, sink, secret, cancellationToken))).ConfigureAwait(false);
        sink.AddRange(secrets);
    }

    private static async Task<Secret> ReadAsync(CollectionTarget target, CollectionSink sink, JsonNode secret, CancellationToken ct)
    {
        var arn = secret.String("ARN") ?? throw new InvalidDataException("ListSecrets returned a secret without an ARN.");
        var reads = new DetailReads(sink, target.AccountId, ResourceTypes.Secret, arn);
        var policy = await reads.ReadAsync(nameof(Secret.Policy), async () =>
            (await target.Client.CallAsync("secretsmanager", "GetResourcePolicy", new JsonObject { ["SecretId"] = arn }, target.Region, ct).ConfigureAwait(false)).String("ResourcePolicy"),
            null, NoPolicy).ConfigureAwait(false);
        var rotation = secret["RotationRules"];
        return new Secret
        {
            Arn = arn,
            Name = secret.String("Name") ?? arn,
            AccountId = target.AccountId,
            Region = target.Region,
            Tags = secret.Items("Tags").Where(t => t.String("Key") is not null)
                .GroupBy(t => t.String("Key")!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().String("Value") ?? "", StringComparer.Ordinal),
            RotationEnabled = secret.Bool("RotationEnabled") ?? false,
            RotationIntervalDays = rotation.Int("AutomaticallyAfterDays") ?? RateDays(rotation.String("ScheduleExpression")),
            LastRotatedDate = secret.Time("LastRotatedDate"),
            NextRotationDate = secret.Time("NextRotationDate"),
            DeletedDate = secret.Time("DeletedDate"),
            LastAccessedDate = secret.Time("LastAccessedDate"),
            CreatedDate = secret.Time("CreatedDate"),
            KmsKeyId = secret.String("KmsKeyId"),
            Policy = policy,
            RotationLambdaArn = secret.String("RotationLambdaARN"),
            Unreadable = reads.Unreadable,
        };
    }

    /// <summary>The interval of a "rate(N days)" schedule; null for cron schedules, whose interval is not a fixed day count.</summary>
    private static int? RateDays(string? schedule) =>
        schedule is not null && RateExpression().Match(schedule) is { Success: true } match
            ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : null;

    [GeneratedRegex(@"^rate\((\d+) days?\)$", RegexOptions.CultureInvariant)]
    private static partial Regex RateExpression();
}
