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
        var plan = new ChunkPlan();
        var listingFindings = new List<(int Check, int Segment, List<Finding> Findings)>();
        var segmentOffsets = new List<int>();
        var size = 0;

        for (var c = 0; c < checks.Count; c++)
        {
            var check = checks[c];
            var listing = ListingErrorFindings(check, snapshot, errors);
            if (listing.Count > 0)
            {
                listingFindings.Add((c, segmentOffsets.Count, listing));
                segmentOffsets.Add(size);
                size += listing.Count;
            }
            var resources = SnapshotResources.Of(check.ResourceType, snapshot);
            var needs = new CheckDataNeeds(check, errors);
            for (var start = 0; start < resources.Count; start += ChunkSize)
            {
                var count = Math.Min(ChunkSize, resources.Count - start);
                plan.Add(resources, start, count, new CheckChunk(c, needs, segmentOffsets.Count), alone: check.Prepares);
                segmentOffsets.Add(size);
                size += count;
            }
        }

        // Segments (a check's listing-error findings, a chunk of its resources) are written from their own offsets on;
        // resources a check does not apply to leave gaps at the ends of chunks, closed afterwards.
        var entries = new FindingEntry[size];
        var lengths = new int[segmentOffsets.Count];
        foreach (var (c, segment, findings) in listingFindings)
        {
            for (var i = 0; i < findings.Count; i++)
                entries[segmentOffsets[segment] + i] = new FindingEntry(findings[i].Resource, findings[i].Detail, c, findings[i].Status);
            lengths[segment] = findings.Count;
        }
        var preparations = Preparations.Start(checks, context, cancellationToken);
        var work = plan.InOrder();
        Parallel.For(0, work.Count, new ParallelOptions { CancellationToken = cancellationToken }, k =>
        {
            var (resources, start, count, shares) = work[k];
            Span<int> written = stackalloc int[shares.Length];
            PassMessages.Discarded = true;
            try
            {
                for (var r = start; r < start + count; r++)
                {
                    var resource = resources[r];
                    for (var j = 0; j < shares.Length; j++)
                    {
                        var (c, needs, segment) = shares[j];
                        if (TryEvaluate(checks[c], needs, resource, context, errors, out var status, out var detail))
                            entries[segmentOffsets[segment] + written[j]++] = new FindingEntry(resource, detail, c, status);
                    }
                }
            }
            finally
            {
                PassMessages.Discarded = false;
            }
            for (var j = 0; j < shares.Length; j++) lengths[shares[j].Segment] = written[j];
        });

        Preparations.Finish(preparations, cancellationToken);

        var end = 0;
        for (var segment = 0; segment < lengths.Length; segment++)
        {
            Array.Copy(entries, segmentOffsets[segment], entries, end, lengths[segment]);
            end += lengths[segment];
        }
        Array.Clear(entries, end, size - end);
        return new FindingList(checks, entries, end);
    }

    /// <summary>The verdict of one check on one resource as a status and what the finding keeps (a fail's message, or
    /// for a pass the context to recompute its message from); false when the check does not apply.</summary>
    private static bool TryEvaluate(ICheck check, CheckDataNeeds needs, Resource resource, CheckContext context, CollectionErrorIndex errors,
        out FindingStatus status, out object? detail)
    {
        if (!errors.IsEmpty || resource.Unreadable.Count > 0)
        {
            var reason = errors.BlockingReason(needs, resource);
            if (reason is not null)
            {
                (status, detail) = (FindingStatus.Error, reason);
                return true;
            }
        }

        CheckOutcome outcome;
        try
        {
            outcome = check.Evaluate(resource, context);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            (status, detail) = (FindingStatus.Error, $"The check could not evaluate {resource.Name}: {exception.GetType().Name}: {exception.Message}");
            return true;
        }

        (status, detail) = outcome.Kind switch
        {
            OutcomeKind.Pass => (FindingStatus.Pass, (object?)context),
            OutcomeKind.Fail => (FindingStatus.Fail, outcome.Message),
            OutcomeKind.Error => (FindingStatus.Error, outcome.Message),
            OutcomeKind.Manual => (FindingStatus.Manual, outcome.Message),
            _ => (default, null),
        };
        return outcome.Kind is OutcomeKind.Pass or OutcomeKind.Fail or OutcomeKind.Error or OutcomeKind.Manual;
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
