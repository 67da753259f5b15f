using Vigil.Core.Checks;
using Vigil.Core.Findings;
using Vigil.Core.Model;
using Vigil.Core.Model.Account;

namespace Vigil.Core.Engine;

/// <summary>Evaluates checks over a snapshot in parallel. Every check yields exactly one finding per
/// applicable resource, plus one error finding per account and region whose resources could not be listed.</summary>
public static class ScanEngine
{
    private const int ChunkSize = 4096;

    public static IReadOnlyList<Finding> Evaluate(
        Snapshot snapshot, IReadOnlyList<ICheck> checks, CheckContext context, CancellationToken cancellationToken)
    {
        var errors = new CollectionErrorIndex(snapshot.Errors);
        var work = new List<(ICheck Check, CheckDataNeeds Needs, IReadOnlyList<Resource> Resources, int Start, int Count)>();
        var listingFindings = new List<Finding>[checks.Count];
        var firstChunk = new int[checks.Count + 1];

        for (var c = 0; c < checks.Count; c++)
        {
            var check = checks[c];
            listingFindings[c] = ListingErrorFindings(check, snapshot, errors);
            var resources = SnapshotResources.Of(check.ResourceType, snapshot);
            var needs = new CheckDataNeeds(check);
            firstChunk[c] = work.Count;
            for (var start = 0; start < resources.Count; start += ChunkSize)
            {
                work.Add((check, needs, resources, start, Math.Min(ChunkSize, resources.Count - start)));
            }
        }
        firstChunk[checks.Count] = work.Count;

        var results = new List<Finding>[work.Count];
        Parallel.For(0, work.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var (check, needs, resources, start, count) = work[i];
            var chunk = new List<Finding>(count);
            PassMessages.Discarded = true;
            try
            {
                for (var r = start; r < start + count; r++)
                {
                    var finding = EvaluateOne(check, needs, resources[r], context, errors);
                    if (finding is not null) chunk.Add(finding);
                }
            }
            finally
            {
                PassMessages.Discarded = false;
            }
            results[i] = chunk;
        });

        var total = listingFindings.Sum(l => l.Count) + results.Sum(r => r.Count);
        var findings = new List<Finding>(total);
        for (var c = 0; c < checks.Count; c++)
        {
            findings.AddRange(listingFindings[c]);
            for (var w = firstChunk[c]; w < firstChunk[c + 1]; w++) findings.AddRange(results[w]);
        }
        return findings;
    }

    private static Finding? EvaluateOne(ICheck check, CheckDataNeeds needs, Resource resource, CheckContext context, CollectionErrorIndex errors)
    {
        if (!errors.IsEmpty || resource.Unreadable.Count > 0)
        {
            var reason = errors.BlockingReason(needs, resource);
            if (reason is not null) return new Finding(check, resource, FindingStatus.Error, reason);
        }

        CheckOutcome outcome;
        try
        {
            outcome = check.Evaluate(resource, context);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new Finding(check, resource, FindingStatus.Error,
                $"The check could not evaluate {resource.Name}: {exception.GetType().Name}: {exception.Message}");
        }

        return outcome.Kind switch
        {
            OutcomeKind.Pass => new Finding(check, resource, context),
            OutcomeKind.Fail => new Finding(check, resource, FindingStatus.Fail, outcome.Message),
            OutcomeKind.Error => new Finding(check, resource, FindingStatus.Error, outcome.Message),
            OutcomeKind.Manual => new Finding(check, resource, FindingStatus.Manual, outcome.Message),
            _ => null,
        };
    }

    private static List<Finding> ListingErrorFindings(ICheck check, Snapshot snapshot, CollectionErrorIndex errors)
    {
        var findings = new List<Finding>();
        if (errors.IsEmpty || check.ResourceType == typeof(Account)) return findings;

        var typeName = SnapshotResources.TypeName(check.ResourceType);
        foreach (var error in errors.AllListingErrors(typeName))
        {
            if (check.ResourceType == typeof(AccountRegion))
            {
                // Regional settings that were read appear as AccountRegion records (with unreadable properties);
                // a region with no record at all could not be inventoried.
                if (error.Region is null || snapshot.AccountRegions.Any(r => r.AccountId == error.AccountId && r.Region == error.Region)) continue;
                var placeholder = new AccountRegion
                {
                    Arn = AccountRegion.ArnFor(error.AccountId, error.Region),
                    Name = error.Region,
                    AccountId = error.AccountId,
                    Region = error.Region,
                };
                findings.Add(new Finding(check, placeholder, FindingStatus.Error,
                    $"Regional settings of account {error.AccountId} in {error.Region} could not be read: {error.Describe()}."));
                continue;
            }

            var scope = error.Region is null ? "" : $" in {error.Region}";
            var subject = new ResourceRef(
                $"arn:aws:{error.Service}:{error.Region}:{error.AccountId}:{typeName}/*",
                typeName,
                $"all {typeName} resources{scope}",
                error.Region,
                error.AccountId);
            findings.Add(new Finding(check, subject, FindingStatus.Error,
                $"{typeName} resources of account {error.AccountId}{scope} could not be listed, so this check could not be assessed for them: {error.Describe()}."));
        }
        return findings;
    }
}
